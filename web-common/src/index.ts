// What the admin console and the agent workstation share.
export { startSpa } from './bootstrap'
export {
  GraphQLRequestError,
  hasErrorCode,
  hasReason,
  prefetch,
  request,
  type FieldProblem,
} from './graphql/client'
export { createSubscriptionClient, retryDelayMs, subscribe } from './graphql/subscriptions'
export { useLocale } from './i18n'
export { hangupCauseKey, isHangupCause } from './i18n/hangupCauses'
export { NOT_ALLOWED_QUERY, ROUTE, guardRoute, type GuardedUser } from './router/guard'
export { useSessionStore } from './stores/session'
export { useTenantStore } from './stores/tenant'
export { useProblemText, useServerErrors } from './composables/useServerErrors'
export { useLoadedFor } from './composables/useLoadedFor'
export { useShownAfter } from './composables/useShownAfter'
export { useOpenWhileChosen } from './composables/useOpenWhileChosen'
export { useFormRules } from './composables/useFormRules'
export { useSurveyLabel, type SurveyLabelText } from './composables/useSurveyLabel'
export { formatDuration, useFormat } from './composables/useFormat'
export { usePagedList, PAGE_SIZES, type PageResult } from './composables/usePagedList'
export {
  exportUrl,
  fetchExport,
  formatBytes,
  saveFile,
  type ExportFormat,
  type ExportProgress,
} from './export/downloadExport'
export {
  customFieldsOf,
  displayValue,
  fieldInputsOf,
  labelOf,
  valuesOf,
  type CustomFieldShape,
  type FieldInput,
} from './custom-fields/customFields'
export {
  categoryPath,
  categoryPathLabel,
  categoryTree,
  type CategoryNode,
  type SummaryCategoryShape,
} from './summaries/categoryTree'
export { default as CustomFieldInput } from './custom-fields/CustomFieldInput.vue'
export { default as BrandMark } from './components/BrandMark.vue'
export { default as AuthLayout } from './components/AuthLayout.vue'
export { default as ComingSoon } from './components/ComingSoon.vue'
export { default as EmptyState } from './components/EmptyState.vue'
export { default as ListEmpty } from './components/ListEmpty.vue'
export { default as ListPagination } from './components/ListPagination.vue'
export { default as ContactPlanList } from './components/contact-plans/ContactPlanList.vue'
export { default as ExportButton } from './components/ExportButton.vue'
export { default as CallTimeline } from './components/calls/CallTimeline.vue'
export { default as CallDetailsBody } from './components/calls/CallDetailsBody.vue'
export {
  useCallEndFacts,
  type CallDetailsShown,
  type CallFact,
  type CallTag,
} from './components/calls/callDetails'
export { default as RecordingPlayer } from './components/calls/RecordingPlayer.vue'
export { default as WaveformPlayer } from './components/calls/WaveformPlayer.vue'
export type { WaveformMark } from './components/calls/waveform'
export type { CallTimelineEntry } from './components/calls/callTimelineText'
export {
  CompleteContactPlanDocument,
  type ContactPlanRow,
  type ContactPlanStatus,
} from './graphql/contactPlans'
export { default as PasswordChangeForm } from './components/PasswordChangeForm.vue'
export { default as LanguageSwitcher } from './components/LanguageSwitcher.vue'
export { default as TenantName } from './components/TenantName.vue'
export { default as UserMenu } from './components/UserMenu.vue'
export { default as LoginPage } from './pages/LoginPage.vue'
// Route components, loaded on first visit: a signed-in user's page load never shows them.
export const loadLoginPage = () => import('./pages/LoginPage.vue')
export const loadPasswordChangePage = () => import('./pages/PasswordChangePage.vue')
export {
  criteriaOf,
  previewScore,
  scoreForm,
  toScoresInput,
  type CommentInput,
  type CriterionScore,
  type ScoreForm,
  type ScorecardShape,
} from './quality/scoring'
export { default as ScoreSheet } from './quality/ScoreSheet.vue'
export { default as QaComments } from './quality/QaComments.vue'
export { default as AppealDeadline } from './quality/AppealDeadline.vue'
export { isAppealOpen } from './quality/appealWindow'
