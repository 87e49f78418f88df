import { describe, expect, it } from 'vitest';
import { explainModel, explainParams } from '../../../renderer/src/views/explain-model';
import { maxExplainInput, type ExplainResult } from '../../../shared/codes/explain-result';

const recognised: ExplainResult = {
  recognised: true,
  code: '248',
  family: 'aisino',
  key: 'aisino.248',
  confidence: 'sourced',
};

describe('the error-code lookup', () => {
  it('offers the lookup before anything was asked', () => {
    expect(explainModel({ busy: false })).toEqual({ lookup: { disabled: false, labelKey: 'ui.explain.lookup' } });
  });

  it('disables the button and says it is looking up while the core answers', () => {
    expect(explainModel({ busy: true, pending: { text: '248' } }).lookup).toEqual({
      disabled: true,
      labelKey: 'ui.explain.lookingUp',
    });
  });

  it('shows the answer of the latest lookup', () => {
    expect(explainModel({ busy: false, data: recognised }).result).toEqual(recognised);
  });

  it('shows a failed lookup instead of the answer to an earlier one', () => {
    const failure = { code: 'timeout', detail: 'explainCode got no answer' } as const;
    expect(explainModel({ busy: false, data: recognised, failure })).toEqual({
      lookup: { disabled: false, labelKey: 'ui.explain.lookup' },
      failure,
    });
  });

  it('sends at most what the core reads', () => {
    expect(explainParams('x'.repeat(maxExplainInput + 10)).text).toHaveLength(maxExplainInput);
    expect(explainParams('错误代码：248')).toEqual({ text: '错误代码：248' });
  });
});
