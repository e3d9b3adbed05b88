// Words of the service summary report (A9): filters, dimension, the category tree, the chart, the empty state.
export const serviceSummaryReportMessages = {
  'zh-CN': {
    summaryReport: {
      filters: { skillGroups: '全部技能组', agents: '全部坐席' },
      dimensions: { TOTAL: '合计', SKILL_GROUP: '按技能组', AGENT: '按坐席' },
      columns: { category: '分类', count: '小结数', share: '占比' },
      uncategorised: '未分类',
      noSkillGroup: '无技能组',
      disabled: '已停用',
      total: '合计',
      totalLine: '共 {count} 条服务小结',
      chart: { title: '每日小结数', count: '小结数' },
      definitions: '分类的小结数包含其下级分类；占比 = 小结数 ÷ 全部小结。按小结填写时间归入日期。',
      empty: '所选时间范围内没有服务小结',
      emptyHint:
        '服务小结由坐席在通话结束后的话后处理中填写，并为通话选择分类。先设置服务小结分类，坐席即可在话后处理时选用；也可以换一个时间范围或放宽筛选。',
      setUpCategories: '设置服务小结分类',
    },
  },
  en: {
    summaryReport: {
      filters: { skillGroups: 'All skill groups', agents: 'All agents' },
      dimensions: { TOTAL: 'Total', SKILL_GROUP: 'By skill group', AGENT: 'By agent' },
      columns: { category: 'Category', count: 'Summaries', share: 'Share' },
      uncategorised: 'Uncategorised',
      noSkillGroup: 'No skill group',
      disabled: 'Disabled',
      total: 'Total',
      totalLine: '{count} service summaries',
      chart: { title: 'Summaries per day', count: 'Summaries' },
      definitions:
        'A category’s count includes the categories below it; share = its count ÷ all summaries. Summaries count on the day they were written.',
      empty: 'No service summaries in this period',
      emptyHint:
        'Agents write a service summary in after-call work and pick a category for the call. Set up the summary categories so agents can pick them; or choose another period or wider filters.',
      setUpCategories: 'Set up summary categories',
    },
  },
}
