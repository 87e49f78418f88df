import { describe, expect, it } from 'vitest';
import {
  failureMessageKey,
  requestFailureCodes,
  toRequestFailure,
} from '../../../renderer/src/requests/request-failure';
import { ConnectionLostError } from '../../../renderer/src/bridge/api';
import { ProtocolError, protocolErrorCodes } from '../../../shared/protocol/envelope';
import { messagesFor } from '../../../shared/i18n/catalog';
import { createTranslator } from '../../../shared/i18n/translator';

describe('classifying a failed request for the user', () => {
  it.each(protocolErrorCodes)('keeps the protocol code %s and its technical text', (code) => {
    expect(toRequestFailure(new ProtocolError(code, 'technical text'))).toEqual({ code, detail: 'technical text' });
  });

  it('calls a request that got no reply at all a lost connection', () => {
    expect(toRequestFailure(new ConnectionLostError('socket closed'))).toEqual({
      code: 'connection-lost',
      detail: 'socket closed',
    });
  });

  it('treats anything else thrown as an internal error, keeping what it said', () => {
    expect(toRequestFailure(new TypeError('x is undefined'))).toEqual({ code: 'internal', detail: 'x is undefined' });
    expect(toRequestFailure('plain string')).toEqual({ code: 'internal', detail: 'plain string' });
  });

  it('has a sentence for every code in Chinese and English, none of them the raw technical text', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const messages = messagesFor(language);
      for (const code of requestFailureCodes)
        expect(messages[failureMessageKey(code)], `${language} ${code}`).toBeTruthy();
    }
    const zh = createTranslator('zh-CN');
    expect(zh.t(failureMessageKey('unavailable'))).toBe('操作没有完成：检查程序正在重新启动，请稍候再试。');
  });
});
