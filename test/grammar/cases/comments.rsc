# SYNTAX TEST "source.routeros" "comments"
# 2026-09-24 16:41:42 by RouterOS 7.24.4
# <- comment.line.number-sign.routeros punctuation.definition.comment.routeros
#  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.routeros
   # indented comment \
#  ^ comment.line.number-sign.routeros punctuation.definition.comment.routeros
#                     ^ comment.line.number-sign.routeros - constant.character.escape.line-continuation.routeros
/ip address
# <- - comment.line.number-sign.routeros
:global a; # after a statement
#          ^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.routeros
add comment="# not a comment" address=10.0.0.1/24
#            ^^^^^^^^^^^^^^^ string.quoted.double.routeros - comment
