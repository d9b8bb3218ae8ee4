import { notYet } from './not-yet.js';

export const doctor = notYet;
