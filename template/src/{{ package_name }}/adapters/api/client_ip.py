"""The address of the client behind a request, trusting only configured proxies."""

from collections.abc import Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

from starlette.requests import HTTPConnection

Network = IPv4Network | IPv6Network


def client_ip(connection: HTTPConnection, trusted_proxies: Sequence[Network]) -> str | None:
    """Return the client's IP address.

    It is the socket's peer, unless the peer is a trusted proxy: then X-Forwarded-For
    is read from the right, skipping trusted proxies, and the first other address is
    the client. A caller that is not a trusted proxy cannot change its address with
    the header, so it cannot move itself into another rate limit bucket.
    """
    peer = connection.client.host if connection.client else None
    if peer is None or not _is_trusted(peer, trusted_proxies):
        return peer

    forwarded = [
        entry.strip()
        for header in connection.headers.getlist("x-forwarded-for")
        for entry in header.split(",")
    ]
    for address in reversed(forwarded):
        if _parse(address) is None:
            # A malformed hop: nothing left of it can be trusted either.
            return peer
        if not _is_trusted(address, trusted_proxies):
            return address
    return forwarded[0] if forwarded else peer


def _parse(address: str) -> IPv4Address | IPv6Address | None:
    try:
        return ip_address(address)
    except ValueError:
        return None


def _is_trusted(address: str, trusted_proxies: Sequence[Network]) -> bool:
    parsed = _parse(address)
    return parsed is not None and any(parsed in network for network in trusted_proxies)
