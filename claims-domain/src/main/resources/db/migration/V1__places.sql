-- Reference places: capture areas, internment regions, other territories and camps, with stable codes.
-- Source: the project's reference list of places named in the history of the internment.
create table place (
    code        varchar(40)   not null primary key,
    kind        varchar(20)   not null check (kind in ('CAPTURE_AREA', 'REGION', 'OTHER_TERRITORY', 'CAMP')),
    name_en     varchar(200)  not null,
    name_ja     varchar(200)  not null,
    region_code varchar(40)   references place (code),
    country     varchar(20)   check (country in ('USSR', 'MONGOLIA', 'PRC')),
    notes       varchar(1000),
    version     bigint        not null default 0
);
create index place_region on place (region_code);

insert into place (code, kind, name_en, name_ja, region_code, country, notes) values
    ('MANCHURIA', 'CAPTURE_AREA', 'Manchuria', '満州', null, null, 'most internees were captured here after the defeat of the Kwantung Army'),
    ('KOREA', 'CAPTURE_AREA', 'Korea', '朝鮮', null, null, null),
    ('SOUTH_SAKHALIN', 'CAPTURE_AREA', 'South Sakhalin', '南樺太', null, null, null),
    ('KURIL_ISLANDS', 'CAPTURE_AREA', 'Kuril Islands', '千島列島', null, null, null),
    ('PRIMORSKY', 'REGION', 'Primorsky Krai', '沿海地方', null, 'USSR', 'USSR'),
    ('KHABAROVSK', 'REGION', 'Khabarovsk Krai', 'ハバロフスク地方', null, 'USSR', 'USSR'),
    ('KRASNOYARSK', 'REGION', 'Krasnoyarsk Krai', 'クラスノヤルスク地方', null, 'USSR', 'USSR'),
    ('KAZAKH_SSR', 'REGION', 'Kazakh SSR', 'カザフ共和国', null, 'USSR', 'USSR'),
    ('BURYAT_MONGOL_ASSR', 'REGION', 'Buryat-Mongol ASSR', 'ブリヤート・モンゴル自治共和国', null, 'USSR', 'USSR'),
    ('UZBEK_SSR', 'REGION', 'Uzbek SSR', 'ウズベク共和国', null, 'USSR', 'USSR'),
    ('IRKUTSK', 'REGION', 'Irkutsk Oblast', 'イルクーツク州', null, 'USSR', 'USSR; Taishet lies here'),
    ('AMUR', 'REGION', 'Amur Oblast', 'アムール州', null, 'USSR', 'USSR; Raychikha lies here'),
    ('MONGOLIA', 'REGION', 'Mongolian People''s Republic', 'モンゴル人民共和国', null, 'MONGOLIA', 'Outer Mongolia; counts as internment territory'),
    ('PRC', 'OTHER_TERRITORY', 'People''s Republic of China', '中華人民共和国', null, 'PRC', '971 internees were transferred here in 1949; time held here is not internment in USSR or Mongolian territory'),
    ('KOMSOMOLSK', 'CAMP', 'Komsomolsk-on-Amur', 'コムソモリスク・ナ・アムーレ', 'KHABAROVSK', null, 'Baikal-Amur Mainline construction'),
    ('SOVETSKAYA_GAVAN', 'CAMP', 'Sovetskaya Gavan', 'ソビエツカヤ・ガワニ', 'KHABAROVSK', null, 'Baikal-Amur Mainline construction'),
    ('RAYCHIKHA', 'CAMP', 'Raychikha railroad station', 'ライチハ', 'AMUR', null, 'Baikal-Amur Mainline construction (Amur region)'),
    ('IZVESTKOVAYA', 'CAMP', 'Izvestkovaya railroad station', 'イズベストコーワヤ', null, null, 'Baikal-Amur Mainline construction'),
    ('KRASNAYA_ZARYA', 'CAMP', 'Krasnaya Zarya', 'クラスナヤ・ザリヤ', null, null, 'Baikal-Amur Mainline construction'),
    ('TAISHET', 'CAMP', 'Taishet', 'タイシェト', 'IRKUTSK', null, 'Baikal-Amur Mainline construction'),
    ('NOVO_GRISHINO', 'CAMP', 'Novo-Grishino', 'ノヴォ・グリシノ', null, null, 'Baikal-Amur Mainline construction');
