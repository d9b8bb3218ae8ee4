// The environment a program trust starts (crontab, notify-send, ...) gets:
// ours, without the secrets. A child has no use for the passphrase, and
// anything it runs or logs could leak it.

/** Variables that hold a passphrase or say how to get one. */
const SECRET_VARIABLES = ['TRUST_PASSPHRASE', 'TRUST_NEW_PASSPHRASE', 'TRUST_PASSPHRASE_COMMAND'] as const;

export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of SECRET_VARIABLES) delete out[name];
  return out;
}
