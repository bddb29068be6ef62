WSAETIMEDOUT = { -winsock } { WSAETIMEDOUT.detail }
    .detail = { NUMBER(5) } { "가" }{ "" }
WSAEINTR = ​
    .detail = WSAEINTR
