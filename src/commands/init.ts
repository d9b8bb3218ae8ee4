import { notYet } from './not-yet.js';

export const init = notYet;
