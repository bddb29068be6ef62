x
}}}
WSAEINTR
= =
-
  .detail
{ "
