# SYNTAX TEST "source.routeros" "variables and declarations"
:local wanAddress [/ip address get [find interface=$wanInterface] address]
# <------ storage.type.routeros
# <- punctuation.definition.keyword.routeros
#      ^^^^^^^^^^ variable.other.routeros
#                  ^^^^^^^^^^^ meta.substitution.routeros meta.menu-path.routeros
#                              ^^^ entity.name.function.command.routeros
#                                   ^^^^ entity.name.function.command.routeros
#                                                  ^ punctuation.definition.variable.routeros
#                                                   ^^^^^^^^^^^^ variable.other.routeros
:global myFunc do={ :return ($1 + 1) }
# <------- storage.type.routeros
#       ^^^^^^ variable.other.routeros
#              ^^ keyword.control.routeros
#                   ^^^^^^^ keyword.control.routeros
#                            ^^ variable.other.routeros
#                               ^ keyword.operator.routeros
:set $"lease-hostname" "value"
#    ^^^^^^^^^^^^^^^^^ variable.other.routeros
