// Words of the agent workstation; the shared ones (sign-in, errors, roles) come from @cc/web-common.
import { phoneMessages } from './phone'
import { myCallsMessages } from './myCalls'
import { myInspectionsMessages } from './myInspections'
import { screenPopMessages } from './screenPop'
import { summaryMessages } from './summary'
import { contactPlanWorkstationMessages } from './contactPlans'
import { customerMessages } from './customers'
import { taskMessages } from './tasks'

export const agentMessages = {
  'zh-CN': {
    ...phoneMessages['zh-CN'],
    ...myCallsMessages['zh-CN'],
    ...myInspectionsMessages['zh-CN'],
    ...screenPopMessages['zh-CN'],
    ...summaryMessages['zh-CN'],
    ...contactPlanWorkstationMessages['zh-CN'],
    ...customerMessages['zh-CN'],
    ...taskMessages['zh-CN'],
    app: { console: '坐席工作台' },
    panels: {
      screenPop: {
        title: '来电弹屏',
        description: '来电时展示客户信息、通话详情、管理员配置的嵌入页面、服务总结、历史记录和联系计划。',
      },
      myInspections: {
        title: '我的质检',
        description: '查看自己通话的质检得分、各评分项结果和批注，回放录音，对结果申诉一次。',
      },
      myCallRecords: {
        title: '我的通话记录',
        description: '查看自己的呼入、呼出、已接和未接通话，含详情与录音回放。',
      },
      contactPlans: {
        title: '联系计划',
        description: '为客户预约回访，查看全部联系计划及其通话，可导出、完成、改期或取消。',
      },
      outboundTasks: {
        title: '外呼任务',
        description: '查看分配给自己的外呼任务数据，逐条拨打并记录备注和跟进结果。',
      },
    },
  },
  en: {
    ...phoneMessages.en,
    ...myCallsMessages.en,
    ...myInspectionsMessages.en,
    ...screenPopMessages.en,
    ...summaryMessages.en,
    ...contactPlanWorkstationMessages.en,
    ...customerMessages.en,
    ...taskMessages.en,
    app: { console: 'Agent workstation' },
    panels: {
      screenPop: {
        title: 'Screen pop',
        description:
          'On an incoming call: customer info, call details, the page your admin embeds, service summary, history and contact plans.',
      },
      myInspections: {
        title: 'My inspections',
        description:
          'Your calls’ quality inspections: the score, each criterion and the comments, with the recording; appeal a result once.',
      },
      myCallRecords: {
        title: 'My call records',
        description:
          'Your inbound and outbound calls, answered and missed, with details and recording playback.',
      },
      contactPlans: {
        title: 'Contact plans',
        description:
          'Schedule callbacks for customers; see, export, complete, reschedule or cancel your plans.',
      },
      outboundTasks: {
        title: 'Outbound tasks',
        description: 'The task items assigned to you: dial them, add notes and record follow-up results.',
      },
    },
  },
}
