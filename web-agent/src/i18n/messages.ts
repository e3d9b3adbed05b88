// Words of the agent workstation; the shared ones (sign-in, errors, roles) come from @cc/web-common.
export const agentMessages = {
  'zh-CN': {
    app: { console: '坐席工作台' },
    phoneBar: {
      status: '状态',
      offline: '离线',
      call: '通话',
      noCall: '暂无通话',
      dial: '拨号',
      answer: '接听',
      hold: '保持',
      mute: '静音',
      transfer: '转接',
      consult: '咨询',
      hangUp: '挂断',
      coming: '软电话将随 G2/G3 上线',
      comingDetail: '登录工作台时选择接听方式（SIP 话机或手机），在此切换空闲、忙碌、小休等状态并控制通话。',
    },
    panels: {
      screenPop: {
        title: '来电弹屏',
        description: '来电时展示客户信息、通话详情、管理员配置的嵌入页面、服务总结、历史记录和联系计划。',
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
    app: { console: 'Agent workstation' },
    phoneBar: {
      status: 'Status',
      offline: 'Offline',
      call: 'Call',
      noCall: 'No call',
      dial: 'Dial',
      answer: 'Answer',
      hold: 'Hold',
      mute: 'Mute',
      transfer: 'Transfer',
      consult: 'Consult',
      hangUp: 'Hang up',
      coming: 'Softphone comes with G2/G3',
      comingDetail:
        'At sign-in you will choose how to answer (SIP phone or mobile); here you will set idle, busy or break and control calls.',
    },
    panels: {
      screenPop: {
        title: 'Screen pop',
        description:
          'On an incoming call: customer info, call details, the page your admin embeds, service summary, history and contact plans.',
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
