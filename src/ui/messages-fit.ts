// Words for fitting into the system: completions, help.
export const sayFit = {
  badShell: (shell: string, shells: readonly string[]) =>
    `${shell ? `"${shell}" is not a shell trust can complete for` : 'Name a shell'}: use one of ${shells.join(', ')}.`,
};
