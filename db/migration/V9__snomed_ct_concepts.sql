-- SNOMED CT concepts (system http://snomed.info/sct) for the vocabulary and the therapy catalogue.
--
-- An id is set only where a public source shows that exact concept id with that meaning AND its Verhoeff check digit
-- holds (SnomedCtIdTest checks every id shipped). A wrong concept id is worse than none, so every code without a
-- verified concept that matches what OUR code means stays NULL; README "SNOMED CT" lists them and why.
-- The display is the concept's preferred term (the FSN without its semantic tag).
-- Sources, by public GitHub file (repository/path or search-index file id):
--   [CIMI]  HL7/cimi-pain-assessment fsh/fsh-source/PainAssessmentValueSets.fsh (BodySideVS; "Spasm (finding)")
--   [VS1]   a FHIR value set of findings with displays (search index file 67516913204): pain of hip region, thigh,
--           shoulder region, upper limb, hand, foot pain
--   [ECL]   a SNOMED ECL symptom set (file 39032335362): "26544005 |Muscle weakness (finding)|",
--           "44077006 |Numbness (finding)|"
--   others are named per row.

ALTER TABLE therapy ADD COLUMN snomed_ct_id TEXT;
ALTER TABLE therapy ADD COLUMN snomed_ct_display TEXT;

-- An SCTID is 6 to 18 digits without a leading zero; an id never comes without its display, nor a display without it.
ALTER TABLE vocabulary_code
    ADD CONSTRAINT vocabulary_code_snomed_ct_id_format CHECK (snomed_ct_id ~ '^[1-9][0-9]{5,17}$'),
    ADD CONSTRAINT vocabulary_code_snomed_ct_pair CHECK ((snomed_ct_id IS NULL) = (snomed_ct_display IS NULL));
ALTER TABLE therapy
    ADD CONSTRAINT therapy_snomed_ct_id_format CHECK (snomed_ct_id ~ '^[1-9][0-9]{5,17}$'),
    ADD CONSTRAINT therapy_snomed_ct_pair CHECK ((snomed_ct_id IS NULL) = (snomed_ct_display IS NULL));

UPDATE vocabulary_code AS v SET snomed_ct_id = m.id, snomed_ct_display = m.display
FROM (VALUES
    -- SYMPTOM
    ('SYMPTOM', 'BURNING_PAIN', '36349006', 'Burning pain'),            -- file 61004774865: "Burning pain (finding)"
    ('SYMPTOM', 'MUSCLE_SPASMS', '45352006', 'Spasm'),                  -- [CIMI]; file 58036274782: "Muscle spasm"
    ('SYMPTOM', 'WEAKNESS', '26544005', 'Muscle weakness'),             -- [ECL]; file 61926090333
    -- PAIN_LOCATION: the pain finding at that site (what a FHIR Condition codes), not the body structure
    ('PAIN_LOCATION', 'NECK', '81680005', 'Neck pain'),                 -- file 54190487974: "Neck pain (finding)"
    ('PAIN_LOCATION', 'LOWER_BACK', '279039007', 'Low back pain'),      -- file 55707108544: "Low back pain (finding)"
    ('PAIN_LOCATION', 'HIP', '49218002', 'Pain of hip region'),         -- [VS1]
    ('PAIN_LOCATION', 'THIGH', '78514002', 'Thigh pain'),               -- [VS1]
    ('PAIN_LOCATION', 'FOOT', '47933007', 'Foot pain'),                 -- [VS1]; file 16897959198
    ('PAIN_LOCATION', 'SHOULDER', '45326000', 'Pain of shoulder region'), -- [VS1]
    ('PAIN_LOCATION', 'ARM', '102556003', 'Pain in upper limb'),        -- [VS1]
    ('PAIN_LOCATION', 'HAND', '53057004', 'Hand pain'),                 -- [VS1]
    -- RED_FLAG
    ('RED_FLAG', 'BLADDER_DYSFUNCTION', '40492006', 'Dysfunction of urinary bladder'), -- [VS1]
    ('RED_FLAG', 'BOWEL_DYSFUNCTION', '72042002', 'Incontinence of feces'), -- [VS1]; file 55070891858 (narrower)
    ('RED_FLAG', 'FEVER', '386661006', 'Fever'),                        -- file 864277455: "Fever (finding)"
    ('RED_FLAG', 'UNEXPLAINED_WEIGHT_LOSS', '448765001', 'Unintentional weight loss'), -- file 52536915140
    ('RED_FLAG', 'OSTEOPOROSIS', '64859006', 'Osteoporosis'),           -- file 71537658300: "Osteoporosis (disorder)"
    -- CONTRAINDICATION
    ('CONTRAINDICATION', 'PREGNANCY', '77386006', 'Patient currently pregnant'), -- file 47354791860
    -- CONSERVATIVE_CARE_MODALITY
    ('CONSERVATIVE_CARE_MODALITY', 'PHYSICAL_THERAPY', '91251008', 'Physical therapy procedure'), -- file 69757739243
    ('CONSERVATIVE_CARE_MODALITY', 'EXERCISE', '229065009', 'Exercise therapy'), -- file 6697965987
    -- SEX
    ('SEX', 'FEMALE', '248152002', 'Female'),                           -- file 32321326112: "Female (finding)"
    ('SEX', 'MALE', '248153007', 'Male'),                               -- file 32321326112: "Male (finding)"
    -- LATERALITY
    ('LATERALITY', 'LEFT', '7771000', 'Left'),                          -- [CIMI] BodySideVS
    ('LATERALITY', 'RIGHT', '24028007', 'Right'),                       -- [CIMI] BodySideVS
    ('LATERALITY', 'BILATERAL', '51440002', 'Right and left')           -- [CIMI] BodySideVS
) AS m (category, code, id, display)
WHERE v.category = m.category AND v.code = m.code;
