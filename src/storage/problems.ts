// What went wrong with the journal file, as facts: which file, which step,
// which system code. Storage throws a StoreError (src/errors.ts) carrying one
// of these and builds no sentence; src/ui/messages-storage.ts says each.
export type StoreProblem =
  /** A read or write failed: `code` is the system's (ENOSPC…), or '' with the error's own `detail`. */
  | { kind: 'io'; file: string; action: 'read' | 'write'; code: string; detail: string }
  /** Another program replaced the journal between its read and the save over it. */
  | { kind: 'changed-meanwhile'; file: string }
  /** No journal (or an empty file) where backups say there was one. */
  | { kind: 'missing-with-backups'; file: string; what: 'missing' | 'empty' }
  /** The lock could not be taken for a reason other than its holder (`code`: the system's, or the error). */
  | { kind: 'cannot-lock'; file: string; code: string }
  /** Another process held the lock for longer than we wait. */
  | { kind: 'locked'; file: string; pid: number | undefined }
  /** One entry line read on its own is not JSON. */
  | { kind: 'entry-not-json'; file: string; date: string }
  /** Encrypted, and no way to ask for the passphrase. */
  | { kind: 'need-passphrase'; file: string }
  /** Encrypted, and the passphrase does not open it. */
  | { kind: 'wrong-passphrase'; file: string }
  /** Sealed in a format newer than this trust reads (`detail`: which). */
  | { kind: 'newer-seal'; file: string; detail: string }
  /** Sealed, and the seal is broken (`detail`: where). */
  | { kind: 'seal-damaged'; file: string; detail: string }
  /** Neither text nor a sealed journal. */
  | { kind: 'unreadable'; file: string };
