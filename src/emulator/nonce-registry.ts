/**
 * Remembers every (timestamp, nonce) pair that signed an accepted signature, so a replay is refused
 * (`nonce_used`). Pairs older than the timestamp window can never validate again, so they are dropped.
 */
export class NonceRegistry {
  private readonly seen = new Map<number, Set<string>>();
  private lastPrunedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowSeconds: number) {}

  /** Records the pair; false when it was already used. */
  claim(timestamp: number, nonce: string, nowSeconds: number): boolean {
    this.prune(nowSeconds);
    let nonces = this.seen.get(timestamp);
    if (nonces === undefined) {
      nonces = new Set();
      this.seen.set(timestamp, nonces);
    }
    if (nonces.has(nonce)) return false;
    nonces.add(nonce);
    return true;
  }

  private prune(nowSeconds: number): void {
    if (nowSeconds - this.lastPrunedAt < this.windowSeconds) return;
    this.lastPrunedAt = nowSeconds;
    for (const timestamp of this.seen.keys()) {
      if (timestamp < nowSeconds - 2 * this.windowSeconds) this.seen.delete(timestamp);
    }
  }
}
