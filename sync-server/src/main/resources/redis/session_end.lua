-- Ends a session at once: removes it and its entry in the user's index; answers what it was
-- (so the caller can write the history), or nothing if it was already gone.
-- KEYS[1] session hash, KEYS[2] the user's session index
-- ARGV[1] session id
local s = redis.call('HMGET', KEYS[1], 'uid', 'lastSeen')
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
if not s[1] then
  return {}
end
return {s[1], s[2]}
