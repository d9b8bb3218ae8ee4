import { notYet } from './not-yet.js';

export const share = notYet;
