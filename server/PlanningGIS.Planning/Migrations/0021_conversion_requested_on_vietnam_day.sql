-- A conversion requested between 00:00 and 07:00 in Vietnam was dated the day before: the default was
-- the database's date (UTC). The day of a request, and the approval rules chosen for it, are Vietnam's.
alter table conversions alter column requested_on set default (now() at time zone 'Asia/Ho_Chi_Minh')::date;
