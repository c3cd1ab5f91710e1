# The counts of `sspr-doctor audit` (summary minus the rule engine's findings), over Graph userRegistrationDetails
# pages or NDJSON: jq -n -f bench/jq/audit-counts.jq FILE
reduce (inputs | if type == "object" and has("value") then .value[] else . end) as $u (
  {total: 0, ssprRegistered: 0, ssprEnabled: 0, ssprCapable: 0, admins: 0, adminsNotSsprCapable: 0, guests: 0, byMethod: {}};
  (if $u.isSsprCapable == null then ($u.isSsprRegistered == true and $u.isSsprEnabled == true) else $u.isSsprCapable end) as $capable
  | .total += 1
  | if $u.isSsprRegistered == true then .ssprRegistered += 1 else . end
  | if $u.isSsprEnabled == true then .ssprEnabled += 1 else . end
  | if $capable then .ssprCapable += 1 else . end
  | if $u.isAdmin == true then .admins += 1 | (if $capable then . else .adminsNotSsprCapable += 1 end) else . end
  | if ($u.userType | ascii_downcase) == "guest" then .guests += 1 else . end
  | reduce ($u.methodsRegistered[]?) as $m (.; .byMethod[$m] += 1)
)
