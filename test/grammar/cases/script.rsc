# SYNTAX TEST "source.routeros" "script keywords, blocks, substitutions and groups"
:foreach i in=[/interface gre find where comment~"^HOST: "] do={
# <-------- keyword.control.routeros
# <- punctuation.definition.keyword.routeros
#        ^ variable.other.routeros
#          ^^ entity.other.attribute-name.routeros
#             ^ meta.substitution.routeros punctuation.section.brackets.begin.routeros
#                         ^^^ support.class.menu.routeros
#                             ^^^^ entity.name.function.command.routeros
#                                  ^^^^^ keyword.other.where.routeros
#                                        ^^^^^^^ string.unquoted.routeros
#                                               ^ keyword.operator.routeros
#                                                           ^^ keyword.control.routeros
#                                                             ^ keyword.operator.assignment.routeros
#                                                              ^ meta.block.routeros punctuation.section.block.begin.routeros
  :if ($new != $old && $new in 10.0.0.0/8) do={
# ^^^ meta.block.routeros keyword.control.routeros
#     ^ meta.group.routeros punctuation.section.parens.begin.routeros
#           ^^ keyword.operator.routeros
#                   ^^ keyword.operator.routeros
#                           ^^ keyword.operator.word.routeros
#                              ^^^^^^^^^^ constant.numeric.prefix.ipv4.routeros
#                                          ^^ meta.block.routeros keyword.control.routeros
    /interface gre set $i remote-address=$new
#   ^^^^^^^^^^^^^^ meta.block.routeros meta.block.routeros meta.menu-path.routeros
#                  ^^^ entity.name.function.command.routeros
#                      ^^ variable.other.routeros
  } else={ :log info "unchanged" }
# ^ punctuation.section.block.end.routeros
#   ^^^^ keyword.control.routeros
#          ^^^^ support.function.builtin.routeros
}
# <- punctuation.section.block.end.routeros
:do { :resolve example.com } on-error={ :put "failed" }
# <--- keyword.control.routeros
#                            ^^^^^^^^ keyword.control.routeros
#                                       ^^^^ support.function.builtin.routeros
:for i from=1 to=10 step=2 do={ :delay 1s }
# <---- keyword.control.routeros
#    ^ variable.other.routeros
#           ^ constant.numeric.integer.routeros
#                                      ^^ constant.numeric.time.routeros
:local arr {1;2;"three"}
#          ^ meta.block.routeros punctuation.section.block.begin.routeros
#            ^ punctuation.terminator.statement.routeros
