import { notYet } from './not-yet.js';

export const encrypt = notYet;
export const decrypt = notYet;
