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
      '前面的步骤都做完了，问题还在。开票卫士已经把情况说明准备好，联系技术支持时可以复制、写邮件或直接发送。',
    'ui.guide.toSupport': '联系技术支持',
    'ui.guide.supportLabel': '情况说明、检查结果和做过的步骤已经记下，在“联系技术支持”里可以复制、写邮件或直接发送。',
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
      'Every step is done and the problem is still there. InvoiceGuard has the summary ready: copy it, mail it or send it when you contact support.',
    'ui.guide.toSupport': 'Contact support',
    'ui.guide.supportLabel':
      'The summary, the check results and the steps done are recorded: copy, mail or send them from “Contact support”.',
    'ui.guide.unknown': 'These steps were not found. Go back to the status.',
  },
});
