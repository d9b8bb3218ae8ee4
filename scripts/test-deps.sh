#!/usr/bin/env bash
# System tools some tests need: a browser to render and print the HTML report
# (and pdfinfo to count its pages), and zsh and fish to load the completion scripts.
# Installs them with apt when missing and we are allowed to; otherwise the
# tests that need them say so and are skipped.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v zsh >/dev/null 2>&1 || need+=(zsh)
command -v fish >/dev/null 2>&1 || need+=(fish)
command -v man >/dev/null 2>&1 || need+=(man-db)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test tools: ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}") >/dev/null 2>&1 \
    || echo "could not install ${need[*]}; the tests that need them will be skipped"
else
  echo "missing test tools: ${need[*]} (install them to run every test)"
fi
exit 0
