// Words of the service summary form and its read-only view (G4).
export const summaryMessages = {
  'zh-CN': {
    summary: {
      title: '服务小结',
      category: '分类',
      categoryPlaceholder: '选择分类',
      notes: '备注',
      notesPlaceholder: '记录客户的诉求和处理结果',
      save: '保存小结',
      saved: '服务小结已保存',
      savedAt: '已于 {time} 保存',
      updatedAt: '保存时间',
      notSaved: '尚未保存',
      awaiting: '公司要求先保存本次通话的服务小结，保存后才能结束话后处理、接听下一通来电。',
      loadFailed: '服务小结加载失败',
      retry: '重试',
      none: '未填写服务小结',
    },
  },
  en: {
    summary: {
      title: 'Service summary',
      category: 'Category',
      categoryPlaceholder: 'Choose a category',
      notes: 'Notes',
      notesPlaceholder: 'What the customer asked for and what was done',
      save: 'Save summary',
      saved: 'Service summary saved',
      savedAt: 'Saved at {time}',
      updatedAt: 'Saved',
      notSaved: 'Not saved yet',
      awaiting:
        'Your company requires this call’s service summary: after-call work ends, and the next call comes, once it is saved.',
      loadFailed: 'The service summary could not be loaded',
      retry: 'Retry',
      none: 'No service summary written',
    },
  },
} as const
