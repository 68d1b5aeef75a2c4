// RouterOS 7.18's scriptable safe mode, bound to the API session that took it: `release` keeps the
// changes, `unroll` undoes them, and a session that ends while holding it has them undone.
import type { ConfigStore } from './config/store';
import { Refusal } from './api/outcome';

export class SafeMode {
  private holder: { session: number; snapshot: string } | undefined;

  constructor(private readonly store: ConfigStore) {}

  get heldBy(): number | undefined {
    return this.holder?.session;
  }

  take(session: number): void {
    if (this.holder && this.holder.session !== session) throw new Refusal('failure: safe mode is taken by another session', 4);
    this.holder ??= { session, snapshot: this.store.snapshot() };
  }

  release(session: number): void {
    this.requireHolder(session);
    this.holder = undefined;
  }

  unroll(session: number): void {
    this.requireHolder(session);
    this.store.restore(this.holder?.snapshot ?? this.store.snapshot());
    this.holder = undefined;
  }

  /** The session went away: undo what it did in safe mode. */
  sessionEnded(session: number): void {
    if (this.holder?.session === session) this.unroll(session);
  }

  private requireHolder(session: number): void {
    if (this.holder?.session !== session) throw new Refusal('failure: safe mode is not taken', 4);
  }
}
