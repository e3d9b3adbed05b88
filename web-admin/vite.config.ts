import { defineSpaConfig } from '../web-common/vite'

export default defineSpaConfig('/admin/')
