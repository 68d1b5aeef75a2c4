// Switches that make a simulated router misbehave the ways real ones (and node-routeros) do.
// They can be flipped while the router runs; each session reads them when it needs them.

export interface Faults {
  /** What the router does with a login: answer it, refuse it, close (FIN), send `!fatal`, or stay silent. */
  login: 'answer' | 'refuse' | 'close' | 'fatal' | 'ignore';
  /** Milliseconds before each reply goes out. */
  replyDelayMs: number;
  /** Send each reply in several TCP segments, the final zero byte alone, a little later. */
  splitReplies: boolean;
  /** A command path (e.g. `/ip/address/print`) whose reply is cut halfway, then the connection drops. */
  dropMidReply: string | undefined;
  /** `!empty` before `!done` of an empty print on any version (RouterOS 7.18+ always does). */
  forceEmpty: boolean;
  /** Before each reply, a reply tagged for a command nobody sent, and an untagged one. */
  strangerReplies: boolean;
  /** The API services are disabled: start() finds ports, then nothing listens on them (connections are refused). */
  apiDisabled: boolean;
}

export function noFaults(): Faults {
  return {
    login: 'answer',
    replyDelayMs: 0,
    splitReplies: false,
    dropMidReply: undefined,
    forceEmpty: false,
    strangerReplies: false,
    apiDisabled: false,
  };
}
