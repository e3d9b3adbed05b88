// Words of a scorecard's score sheet (A10), shared by the console's workbench and the workstation.
export const qualitySheetMessages = {
  'zh-CN': {
    qaSheet: {
      fatal: '致命项',
      failed: '不合格',
      points: '{points} / {max}',
      maxPoints: '{max} 分',
      total: '得分 {points} / {max}（{percent}%）',
      fatalFailed: '致命项不合格，记 0 分',
      comments: '批注',
      commentPlaceholder: '写下批注，将记录在录音的当前时刻',
      addComment: '在 {at} 添加批注',
      addWholeCall: '添加整通批注',
      wholeCall: '整通',
      removeComment: '删除',
      appealUntil: '可申诉至 {at}',
      appealClosed: '已过申诉期',
    },
  },
  en: {
    qaSheet: {
      fatal: 'Fatal',
      failed: 'Failed',
      points: '{points} / {max}',
      maxPoints: '{max} pts',
      total: 'Score {points} / {max} ({percent}%)',
      fatalFailed: 'Fatal item failed: scored 0',
      comments: 'Comments',
      commentPlaceholder: 'Write a comment; it is pinned at the current moment of the recording',
      addComment: 'Comment at {at}',
      addWholeCall: 'Comment on the call',
      wholeCall: 'Call',
      removeComment: 'Remove',
      appealUntil: 'May be appealed until {at}',
      appealClosed: 'Appeal window closed',
    },
  },
}
