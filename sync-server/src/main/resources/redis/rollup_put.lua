-- Store finished report documents, only while the writer still holds the leader lock (a leader
-- that lost the lock during a long refresh cannot overwrite its successor's newer rollups).
-- KEYS[1] = lock, KEYS[2..n] = document keys; ARGV[1] = the writer's id, ARGV[2..n] = documents.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
for i = 2, #KEYS do
  redis.call('SET', KEYS[i], ARGV[i])
end
return 1
