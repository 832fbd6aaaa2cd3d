#!/usr/bin/env bash
# Rebuilds root-words.txt from the hunspell-id dictionary (Debian package hunspell-id 1:7.5.0-1,
# from LibreOffice's dictionaries, id_ID.dic, LGPL-3.0). Run from this folder:
#   apt-get install -y hunspell-id && ./build-root-words.sh [/usr/share/hunspell/id_ID.dic]
# Steps: drop the count line; cut the affix flags (after '/', or glued on where the '/' is missing,
# e.g. "bersutM0"); drop bound morphemes ending in '-' (anti-, auto-); lower-case (proper nouns such as
# Bekasi stay, so they are not stemmed); keep [a-z-] words of three or more letters (the two-letter
# entries are mostly letter names, notes and symbols — be, ce, ef, do, re, mi — that turn the ECS rules
# into false roots, e.g. bercerai → cera → ca); drop the derived headwords of curated-exclusions.txt
# (belajar, kinerja, …); add curated-roots.txt (our own list, MIT); sort, unique.
set -euo pipefail
dic=${1:-/usr/share/hunspell/id_ID.dic}
export LC_ALL=C
tail -n +2 "$dic" \
  | iconv -f ISO-8859-1 -t UTF-8 \
  | sed -E 's/[[:space:]]+$//; s#/.*$##; s/^([a-z][a-z-]*)[A-Z][A-Za-z0-9]*$/\1/' \
  | grep -Ev -- '-$' \
  | tr 'A-Z' 'a-z' \
  | grep -E '^[a-z][a-z-]*[a-z]$' \
  | grep -Ev '^[a-z]{1,2}$' \
  | grep -vxF -f <(grep -Ev '^(#|$)' curated-exclusions.txt) \
  | cat - <(grep -Ev '^(#|$)' curated-roots.txt) \
  | sort -u > root-words.txt
wc -l root-words.txt
