// Words of My call records (G8).
export const myCallsMessages = {
  'zh-CN': {
    myCalls: {
      filters: {
        direction: '方向',
        outcome: '结果',
        number: '号码',
        numberPlaceholder: '按号码搜索',
        from: '开始日期',
        to: '结束日期',
      },
      directions: { INBOUND: '呼入', OUTBOUND: '呼出' },
      outcomes: { answered: '已接', missed: '未接', unanswered: '未接通' },
      columns: {
        startedAt: '时间',
        direction: '方向',
        number: '对方号码',
        queue: '技能组',
        outcome: '结果',
        wait: '等待',
        talk: '通话时长',
        actions: '操作',
      },
      details: '详情',
      callBack: '回拨',
      empty: '没有通话记录',
      emptyHint: '接听或拨打的电话会出现在这里；如已设置筛选条件，请放宽或清空筛选。',
      drawer: {
        summary: '概要',
        ringingAt: '振铃时间',
      },
    },
  },
  en: {
    myCalls: {
      filters: {
        direction: 'Direction',
        outcome: 'Outcome',
        number: 'Number',
        numberPlaceholder: 'Search by number',
        from: 'From',
        to: 'To',
      },
      directions: { INBOUND: 'Inbound', OUTBOUND: 'Outbound' },
      outcomes: { answered: 'Answered', missed: 'Missed', unanswered: 'Not answered' },
      columns: {
        startedAt: 'Time',
        direction: 'Direction',
        number: 'Other party',
        queue: 'Skill group',
        outcome: 'Outcome',
        wait: 'Wait',
        talk: 'Talk time',
        actions: 'Actions',
      },
      details: 'Details',
      callBack: 'Call back',
      empty: 'No calls yet',
      emptyHint: 'Calls you answer or place appear here. If filters are set, widen or clear them.',
      drawer: {
        summary: 'Summary',
        ringingAt: 'Ringing',
      },
    },
  },
}
