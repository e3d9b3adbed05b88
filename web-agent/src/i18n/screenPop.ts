// Words of the screen pop (G4): the call's details and the embedded page; the customer's card and history
// are in customers.ts.
export const screenPopMessages = {
  'zh-CN': {
    screenPop: {
      empty: {
        title: '暂无通话',
        description:
          '来电振铃或开始外呼时，这里会立即显示客户资料、通话详情和历史记录，话后处理期间也会保留。',
      },
      noCustomer: '来电号码未显示或不是有效的电话号码，无法关联客户。',
      call: {
        title: '通话详情',
        direction: '方向',
        INBOUND: '呼入',
        OUTBOUND: '呼出',
        callerNumber: '主叫号码',
        dialledNumber: '被叫号码',
        skillGroup: '技能组',
        queueWait: '排队等待',
        transfers: '转接次数',
        ivrPath: '按键路径',
        noIvr: '未经过语音导航',
        seconds: '{seconds} 秒',
        pressed: '按 {key}',
      },
      tabs: { history: '历史记录', summary: '服务小结', embed: '业务页面' },
      embed: {
        openInNewTab: '在新窗口打开',
        refused:
          '该页面禁止被其他网站嵌入，无法在此显示。请点击「在新窗口打开」，或请管理员在该系统中允许本站嵌入。',
        none: '管理员尚未配置业务页面。可在管理后台「弹屏设置」中设置，通话时会自动带入客户号码等信息。',
      },
    },
  },
  en: {
    screenPop: {
      empty: {
        title: 'No call',
        description:
          'When a call rings or you start dialling, the customer, the call’s details and its history show here at once, and stay through after-call work.',
      },
      noCustomer: 'The number is withheld or not a phone number, so no customer is linked.',
      call: {
        title: 'Call details',
        direction: 'Direction',
        INBOUND: 'Inbound',
        OUTBOUND: 'Outbound',
        callerNumber: 'Caller',
        dialledNumber: 'Dialled number',
        skillGroup: 'Skill group',
        queueWait: 'Waited in queue',
        transfers: 'Transfers',
        ivrPath: 'IVR path',
        noIvr: 'Did not go through the IVR',
        seconds: '{seconds} s',
        pressed: 'pressed {key}',
      },
      tabs: { history: 'History', summary: 'Service summary', embed: 'Business page' },
      embed: {
        openInNewTab: 'Open in a new tab',
        refused:
          'This page refuses to be embedded by other sites, so it cannot show here. Open it in a new tab, or ask an administrator to allow this site in that system.',
        none: 'No business page is set up yet. Administrators set one under Screen pop settings; the customer’s number and other call details are filled in for each call.',
      },
    },
  },
}
