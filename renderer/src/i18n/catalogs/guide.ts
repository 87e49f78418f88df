import { defineCatalog } from '../../../../shared/i18n/define-catalog';

/** The guided flow's frame: progress, the parts of a step, the end states. */
export const guideCatalog = defineCatalog({
  'zh-CN': {
    'ui.guide.stepOf': '第 {{n}} 步，共 {{total}} 步',
    'ui.guide.allSteps': '共 {{total}} 步',
    'ui.guide.doneCount': '已完成 {{done}} 步，共 {{total}} 步',
    'ui.guide.stepDone': '已完成',
    'ui.guide.whyLabel': '为什么要这样做',
    'ui.guide.warnLabel': '注意',
    'ui.guide.recheckStep': '重新检查这一步',
    'ui.guide.solved': '已解决',
    'ui.guide.solvedAt': '解决时间：{{time}}',
    'ui.guide.notSolved': '还没有解决？请联系技术支持',
    'ui.guide.notSolvedHint':
      '前面的步骤都做完了，问题还在。最后一步里的求助内容已经填好，复制后发给 IT 或服务商即可。',
    'ui.guide.toSupport': '转到求助内容',
    'ui.guide.supportLabel': '已经填好的求助内容',
    'ui.guide.unknown': '没有找到这份处理步骤。请返回状态总览。',
  },
  en: {
    'ui.guide.stepOf': 'Step {{n}} of {{total}}',
    'ui.guide.allSteps': '{{total}} steps',
    'ui.guide.doneCount': '{{done}} of {{total}} done',
    'ui.guide.stepDone': 'Done',
    'ui.guide.whyLabel': 'Why',
    'ui.guide.warnLabel': 'Caution',
    'ui.guide.recheckStep': 'Check this step again',
    'ui.guide.solved': 'Solved',
    'ui.guide.solvedAt': 'Solved at {{time}}.',
    'ui.guide.notSolved': 'Still not solved? Contact support',
    'ui.guide.notSolvedHint':
      'Every step is done and the problem is still there. The help request in the last step is filled in: copy it and send it to IT or your service provider.',
    'ui.guide.toSupport': 'Go to the help request',
    'ui.guide.supportLabel': 'Help request, filled in for you',
    'ui.guide.unknown': 'These steps were not found. Go back to the status.',
  },
});
