-- When the running sign-in blocks of each account of a page end, in one round trip: the latest
-- 'until' still ahead of now among the e-mail's state, every e-mail+IP state of the IPs it failed
-- from, and the second-factor state. (The e-mail+IP keys are named from the set of IPs, so they are
-- not in KEYS: like LoginLimiter.clear, this needs a single Redis, not a cluster.)
-- KEYS, three per account: e-mail state (lfe), set of IPs (lfips), second-factor state (tff)
-- ARGV: now (ms), then per account the prefix of its e-mail+IP keys (".../lf:<hash>:")
-- Answers one number per account: that end (ms), or 0 when nothing blocks it.
local now = tonumber(ARGV[1])
local function later(best, key)
  local untl = tonumber(redis.call('HGET', key, 'until')) or 0
  if untl > now and untl > best then
    return untl
  end
  return best
end
local out = {}
for i = 0, #KEYS / 3 - 1 do
  local best = later(0, KEYS[i * 3 + 1])
  for _, ip in ipairs(redis.call('SMEMBERS', KEYS[i * 3 + 2])) do
    best = later(best, ARGV[i + 2] .. ip)
  end
  best = later(best, KEYS[i * 3 + 3])
  out[#out + 1] = best
end
return out
