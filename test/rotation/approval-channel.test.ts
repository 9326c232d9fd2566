import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PASTE_ATTEMPTS, pastedCallback } from '../../src/rotation/approval-channel.js';
import { UsageError } from '../../src/support/errors.js';

/** A person at the prompt who answers with `answers`, in turn; the questions asked are kept. */
function person(answers: readonly string[]): { ask: (question: string) => Promise<string>; questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    ask: (question) => {
      questions.push(question);
      return Promise.resolve(answers[questions.length - 1] ?? '');
    },
  };
}

const ANSWER = 'http://localhost:7480/callback?oauth_token=request-1&oauth_verifier=v-1&company=1234567&role=3&entity=42';

describe('--paste: the address the browser ended on', () => {
  it('is read at once when it answers this run', async () => {
    const { ask, questions } = person([`  ${ANSWER}  `]);
    const query = await pastedCallback(ask, 7480).wait('request-1', new AbortController().signal);
    expect(query.get('oauth_verifier')).toBe('v-1');
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain('http://localhost:7480/callback?');
  });

  it('is asked for again, saying why, when what was pasted is nothing, not an address, or another request\'s answer', async () => {
    const { ask, questions } = person(['', 'not an address', ANSWER.replace('request-1', 'request-0')]);
    await expect(pastedCallback(ask, 7480).wait('request-1', new AbortController().signal)).rejects.toBeInstanceOf(UsageError);
    expect(questions).toHaveLength(PASTE_ATTEMPTS);
    expect(questions[1]).toMatch(/^Nothing was pasted\. Copy the whole address/);
    expect(questions[2]).toMatch(/^What was pasted is not an address \(a URL\)\. /);
  });

  it('takes the answer after a wrong paste, and stops after the last attempt with what was wrong', async () => {
    const retried = person(['http://localhost:7480/callback?x=1', ANSWER]);
    const signal = new AbortController().signal;
    expect((await pastedCallback(retried.ask, 7480).wait('request-1', signal)).get('entity')).toBe('42');
    // Each question's wait for Ctrl-C goes with it.
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    expect(retried.questions[1]).toMatch(/^That address carries no oauth_token/);

    const wrong = person(Array.from({ length: PASTE_ATTEMPTS }, () => ANSWER.replace('request-1', 'request-0')));
    const failure = await pastedCallback(wrong.ask, 7480).wait('request-1', new AbortController().signal).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UsageError);
    expect((failure as Error).message).toBe('That address answers another authorization request than this run\'s (an older one?). Nothing was minted.');
  });
});
