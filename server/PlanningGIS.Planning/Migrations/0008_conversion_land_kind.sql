-- The land kind of a conversion, as the approval rules name it. Protection forest (RPH) is
-- headwater/border or wind/sand/wave protection, which the land-use code does not tell, and the
-- approving authority differs (Forestry Law 2017 Art. 20). Null: derived from the land-use code.
alter table conversions
    add column land_kind text check (land_kind in ('rice', 'special_use_forest', 'protection_forest_headwater_border',
                                                   'protection_forest_wind_sand_wave', 'production_forest'));
