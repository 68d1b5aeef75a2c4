# SYNTAX TEST "source.routeros" "quoted strings, escapes and interpolation"
add comment="a \"quoted\" word, \\ \$5 \? \_ \t \48\45\4C\4C\4F"
#           ^ string.quoted.double.routeros punctuation.definition.string.begin.routeros
#              ^^ constant.character.escape.routeros
#                      ^^ constant.character.escape.routeros
#                               ^^ constant.character.escape.routeros
#                                  ^^ constant.character.escape.routeros
#                                      ^^ constant.character.escape.routeros
#                                         ^^ constant.character.escape.routeros
#                                            ^^ constant.character.escape.routeros
#                                               ^^^^^^^^^^^^^^^ constant.character.escape.routeros
#                                                              ^ punctuation.definition.string.end.routeros
add comment="host $host has $[:len [/ip route find]] routes and $"my-var""
#                 ^ string.quoted.double.routeros variable.other.routeros punctuation.definition.variable.routeros
#                  ^^^^ variable.other.routeros
#                           ^^ meta.substitution.routeros
#                            ^ punctuation.section.brackets.begin.routeros
#                             ^^^^ support.function.builtin.routeros
#                                   ^^^^^^^^^ meta.substitution.routeros meta.substitution.routeros meta.menu-path.routeros
#                                             ^^^^ entity.name.function.command.routeros
#                                                               ^^^^^^^^^ variable.other.routeros
add secret="$ipsSecret" comment="[not a substitution] (nor a group)"
#           ^^^^^^^^^^ variable.other.routeros
#                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.routeros - meta.substitution.routeros meta.group.routeros
