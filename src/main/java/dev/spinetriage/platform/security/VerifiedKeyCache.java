package dev.spinetriage.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identities of recently verified keys, by key hash, so that a busy client costs one database lookup per cache
 * lifetime rather than one per request. Only valid keys are kept, so its size is bounded by the number of keys.
 */
@ApplicationScoped
public class VerifiedKeyCache {

    private record Entry(SecurityIdentity identity, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();
    /** Bumped by every {@link #forget}, so a lookup that raced with a revocation does not cache its stale answer. */
    private final AtomicLong revocations = new AtomicLong();
    private final long ttlNanos;

    VerifiedKeyCache(SecurityConfig config) {
        this.ttlNanos = config.keyCacheTtl().toNanos();
    }

    SecurityIdentity get(String keyHash) {
        Entry entry = byHash.get(keyHash);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.expiresAtNanos >= 0) {
            byHash.remove(keyHash, entry);
            return null;
        }
        return entry.identity;
    }

    /** Read before looking a key up in the database; hand it back to {@link #put}. */
    long revocationCount() {
        return revocations.get();
    }

    void put(String keyHash, SecurityIdentity identity, long revocationCountBeforeLookup) {
        if (ttlNanos <= 0) {
            return;
        }
        Entry entry = new Entry(identity, System.nanoTime() + ttlNanos);
        byHash.put(keyHash, entry);
        if (revocations.get() != revocationCountBeforeLookup) {
            byHash.remove(keyHash, entry);
        }
    }

    /** Call after the revocation has been committed: from then on this instance rejects the key. */
    public void forget(UUID keyId) {
        revocations.incrementAndGet();
        String principal = keyId.toString();
        byHash.values().removeIf(e -> e.identity.getPrincipal().getName().equals(principal));
    }
}
