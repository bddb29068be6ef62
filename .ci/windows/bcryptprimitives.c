/*
 * ProcessPrng for Wine versions that lack it.
 *
 * Rust's standard library on Windows takes its random numbers (for HashMap
 * seeds, among others) from bcryptprimitives.dll's ProcessPrng, which Wine 8
 * does not implement. This stand-in, placed beside the test programs, asks
 * advapi32's RtlGenRandom (exported as SystemFunction036) instead. It is only
 * used to run the tests under Wine; nothing of it ships.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        /* RtlGenRandom takes a ULONG: fill larger requests piece by piece. */
        ULONG piece = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
