"""Authenticated encryption of the provider tokens stored in the database."""

import base64
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_DERIVATION_CONTEXT = b"provider-token-encryption"


class TokenCipher:
    """Fernet (AES-128-CBC with HMAC-SHA256) under a list of keys, for rotation.

    The first key encrypts; every key decrypts. To rotate, put a new key first and keep
    the old ones until `rotate()` has rewritten what they encrypted.
    """

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            message = "TokenCipher needs at least one key"
            raise ValueError(message)
        self._fernet = MultiFernet([Fernet(key) for key in keys])

    @classmethod
    def from_secret(cls, secret: str) -> "TokenCipher":
        """Build a cipher whose one key is derived from `secret` with HKDF-SHA256."""
        derived = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=_DERIVATION_CONTEXT,
        ).derive(secret.encode())
        return cls([base64.urlsafe_b64encode(derived).decode()])

    def encrypt(self, plaintext: str) -> str:
        """Return the ciphertext of `plaintext`, which also authenticates it."""
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, ciphertext: str) -> str:
        """Return the plaintext; raises InvalidToken if it was altered or no key fits."""
        return self._fernet.decrypt(ciphertext.encode()).decode()

    def rotate(self, ciphertext: str) -> str:
        """Re-encrypt under the first key."""
        return self._fernet.rotate(ciphertext.encode()).decode()


__all__ = ["InvalidToken", "TokenCipher"]
