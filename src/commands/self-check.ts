import type { Context } from '../context.js';

/** Offered at the end of an interactive `trust report`: the weekly warning-signs check. */
export async function offerSelfCheck(_ctx: Context): Promise<void> {}
