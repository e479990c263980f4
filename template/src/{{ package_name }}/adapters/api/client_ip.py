"""The address of the client behind a request, trusting only configured proxies."""

from collections.abc import Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network
from typing import Final

from starlette.requests import HTTPConnection

Network = IPv4Network | IPv6Network
Address = IPv4Address | IPv6Address

# One IPv6 subscriber usually gets a whole /64, so a rate limit per /128 would let it
# spread its requests over 2^64 buckets.
IPV6_BUCKET_PREFIX: Final = 64


def client_ip(connection: HTTPConnection, trusted_proxies: Sequence[Network]) -> str | None:
    """Return the client's IP address in canonical form, or None if the peer has none.

    It is the socket's peer, unless the peer is a trusted proxy: then X-Forwarded-For
    is read from the right, skipping trusted proxies, and the first other address is
    the client. A caller that is not a trusted proxy cannot change its address with
    the header, so it cannot move itself into another rate limit bucket.
    """
    peer = _parse(connection.client.host) if connection.client else None
    if peer is None:
        return None
    if not _is_trusted(peer, trusted_proxies):
        return str(peer)

    forwarded = [
        entry
        for header in connection.headers.getlist("x-forwarded-for")
        for entry in header.split(",")
    ]
    for entry in reversed(forwarded):
        address = _parse(entry)
        if address is None:
            # A malformed hop: nothing left of it can be trusted either.
            return str(peer)
        if not _is_trusted(address, trusted_proxies):
            return str(address)
    first = _parse(forwarded[0]) if forwarded else None
    return str(first or peer)


def rate_limit_bucket(address: str | None) -> str:
    """Return the rate limit key of a client address: itself, or its /64 for IPv6."""
    if address is None:
        return "unknown"
    parsed = ip_address(address)
    if isinstance(parsed, IPv6Address):
        return str(ip_network(f"{parsed}/{IPV6_BUCKET_PREFIX}", strict=False))
    return str(parsed)


def _parse(text: str) -> Address | None:
    """Parse an address; IPv4-mapped IPv6 becomes IPv4, and an IPv6 zone is dropped."""
    try:
        address = ip_address(text.strip())
    except ValueError:
        return None
    if isinstance(address, IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.scope_id is not None:
            return IPv6Address(int(address))
    return address


def _is_trusted(address: Address, trusted_proxies: Sequence[Network]) -> bool:
    return any(address in network for network in trusted_proxies)
