-- Clearance parcels (the surveyor's cadastral parcels of a site-clearance project, with their
-- households) can be imported: until now they came only with the sample data.
alter table imports drop constraint imports_target_check;
alter table imports add constraint imports_target_check
    check (target in ('plots', 'zones', 'dossiers', 'land_use_current', 'clearance_parcels'));
