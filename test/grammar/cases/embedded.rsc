# SYNTAX TEST "source.routeros" "scripts inside quoted source=, on-event=, on-error= values"
/system script add name=update source=":local host \"vpn.example.com\"\r\
#                              ^^^^^^ entity.other.attribute-name.routeros
#                                     ^ string.quoted.double.routeros punctuation.definition.string.begin.routeros
#                                      ^^^^^^ meta.embedded.block.routeros storage.type.routeros
#                                             ^^^^ variable.other.routeros
#                                                  ^^ string.quoted.double.routeros punctuation.definition.string.begin.routeros constant.character.escape.routeros
#                                                    ^^^^^^^^^^^^^^^ meta.embedded.block.routeros string.quoted.double.routeros
#                                                                   ^^ string.quoted.double.routeros punctuation.definition.string.end.routeros constant.character.escape.routeros
#                                                                     ^^ meta.embedded.block.routeros constant.character.escape.routeros
    \n# resolve and compare \$host\r\
#   ^^ meta.embedded.block.routeros constant.character.escape.routeros
#     ^ comment.line.number-sign.routeros punctuation.definition.comment.routeros
#       ^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.routeros
#                           ^^^^^^ comment.line.number-sign.routeros
    \n:if ([:resolve \$host] != [/interface gre get 0 remote-address]) do={\r\
#     ^^^ meta.embedded.block.routeros keyword.control.routeros
#           ^^^^^^^^ support.function.builtin.routeros
#                    ^^ variable.other.routeros punctuation.definition.variable.routeros
#                      ^^^^ variable.other.routeros
#                            ^^ keyword.operator.routeros
#                                ^^^^^^^^^^^^^^ meta.menu-path.routeros
#                                               ^^^ entity.name.function.command.routeros
#                                                                      ^^ keyword.control.routeros
    \n  :log info (\"GRE: \\\"\" . \$host . \" changed\")\r\
#       ^^^^ support.function.builtin.routeros
#                  ^^ string.quoted.double.routeros punctuation.definition.string.begin.routeros constant.character.escape.routeros
#                         ^^^^ string.quoted.double.routeros constant.character.escape.routeros
#                             ^^ string.quoted.double.routeros punctuation.definition.string.end.routeros constant.character.escape.routeros
    \n}" policy=read,write
#      ^ string.quoted.double.routeros punctuation.definition.string.end.routeros - meta.embedded.block.routeros
#        ^^^^^^ entity.other.attribute-name.routeros - meta.embedded.block.routeros
/system scheduler add name=check on-event=\
    "/system script run update" interval=15m
#   ^ string.quoted.double.routeros punctuation.definition.string.begin.routeros
#    ^^^^^^^^^^^^^^ meta.embedded.block.routeros meta.menu-path.routeros
#                   ^^^ meta.embedded.block.routeros entity.name.function.command.routeros
#                                        ^^^ constant.numeric.time.routeros
:do { /tool fetch url="http://x" } on-error=":log warning \"fetch failed\""
#                                  ^^^^^^^^ keyword.control.routeros
#                                            ^^^^ meta.embedded.block.routeros support.function.builtin.routeros
