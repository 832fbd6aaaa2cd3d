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

# root-affixes.txt: the affixes hunspell-id's flags allow on each root of root-words.txt, as readable names
# (lemma mode uses them to choose between two readings: tepukan is tepuk + -an, since tepu takes no -kan in any
# form). Only the flags named below are kept; an entry without any of them is left out. The flag meanings are
# id_ID.aff's own comments (B0 = ber-, Mk = -kan of meN-…-kan, a0 = -an, …); a word listed twice gets the union.
tail -n +2 "$dic" \
  | iconv -f ISO-8859-1 -t UTF-8 \
  | sed -E 's/[[:space:]]+$//; s#^([a-z][a-z-]*)([A-Z][A-Za-z0-9]*)$#\1/\2#' \
  | awk -F/ -v roots=root-words.txt '
      BEGIN {
        while ((getline w < roots) > 0) keep[w] = 1
        n = split("B0:ber- B1:ber- BE:ber- B3:ber- M0:meN- M1:meN- MG:meN- M3:meN- MM:meN- M5:meN- MS:meN- M7:meN- " \
          "P0:peN- P1:peN- PE:peN- P3:peN- PG:peN- P4:peN- PK:peN- P5:peN- PM:peN- P6:peN- PN:peN- P7:peN- PS:peN- P9:peN- " \
          "a0:-an k0:-kan i0:-i Ba:ber-…-an Bb:ber-…-an Bf:ber-…-an Bk:ber-…-kan Bg:ber-…-kan " \
          "Mi:meN-…-i Mg:meN-…-i Mm:meN-…-i Mw:meN-…-i Mk:meN-…-kan Mh:meN-…-kan Mo:meN-…-kan Mx:meN-…-kan " \
          "Pa:peN-…-an Pf:peN-…-an Pg:peN-…-an Pl:peN-…-an Pn:peN-…-an Po:peN-…-an Pv:peN-…-an " \
          "Di:di-…-i Dk:di-…-kan Tk:ter-…-kan Tn:ter-…-kan Th:ter-…-kan Rk:per-…-kan Ok:ku-…-kan Mu:memper-…-kan Mq:memper-…-kan", pairs, " ")
        for (i = 1; i <= n; i++) { split(pairs[i], kv, ":"); name[kv[1]] = kv[2] }
      }
      NF == 2 {
        w = tolower($1)
        if (!(w in keep)) next
        for (i = 1; i + 1 <= length($2); i += 2) {
          f = substr($2, i, 2)
          if ((f in name) && !((w SUBSEP name[f]) in seen)) { seen[w, name[f]] = 1; affixes[w] = affixes[w] " " name[f] }
        }
      }
      END { for (w in affixes) print w "\t" substr(affixes[w], 2) }' \
  | sort > root-affixes.txt
wc -l root-affixes.txt
