-- The investor register (saveInvestor) keeps a contact phone next to the e-mail. Both are for staff
-- and the investor itself (AllocationPolicies.Contact).
alter table investors add column contact_phone text;
