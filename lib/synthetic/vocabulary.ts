// Words for synthetic measures, people and places: enough variety that searches behave as on real data (most
// words match a few percent of measures, names repeat the way real ones do).

export const GIVEN_NAMES =
  `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica
Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly
Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca
Jason Sharon Edward Laura Jeffrey Cynthia Ryan Dorothy Jacob Amy Gary Kathleen Nicholas Angela Eric Shirley Jonathan Brenda
Stephen Emma Larry Anna Justin Pamela Scott Nicole Brandon Samantha Benjamin Katherine Samuel Christine Gregory Helen Alexander
Debra Patrick Rachel Frank Carolyn Raymond Janet Jack Maria Dennis Olivia Jerry Heather Tyler Diane Aaron Julie Jose Joyce Adam
Victoria Nathan Ruth Henry Virginia Zachary Lauren Douglas Kelly Peter Christina Kyle Joan Noah Evelyn Ethan Judith Jeremy
Andrea Walter Hannah Christian Megan Keith Cheryl Roger Jacqueline Terry Martha Austin Madison Sean Teresa Gerald Gloria Carl
Sara Harold Janice Dylan Ann Arthur Kathryn Lawrence Abigail Jordan Sophia Jesse Frances Bryan Jean Billy Alice Bruce Judy
Gabriel Isabella Joe Julia Logan Grace Alan Amber Juan Denise Albert Danielle Willie Marilyn Elijah Beverly Wayne Charlotte
Randy Natalie Vincent Theresa Mason Diana Roy Brittany Ralph Doris Bobby Kayla Russell Alexis Bradley Lori Philip Marie Eugene
Nora Mei Hiroshi Aram Anahit Tigran Lusine Carlos Lucia Miguel Sofia Ahmed Fatima Wei Ling Raj Priya Olga Dmitri Kwame Amara`
    .split(/\s+/)
    .filter(Boolean);

export const FAMILY_NAMES =
  `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson
Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King
Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans
Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson
Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price
Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson
Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West
Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald
Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon
Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren
Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins
Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley
Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval
Petrosyan Hovhannisyan Sargsyan Khachatryan Grigoryan Avetisyan Hakobyan Karapetyan Mkrtchyan Vardanyan Kazarian Tashjian
Yamamoto Tanaka Nakamura Okafor Mensah Kowalski Novak Ivanova Haddad Nasser Rahman Singh Gupta Sharma Ochoa Zamora Lindqvist`
    .split(/\s+/)
    .filter(Boolean);

export const STATES =
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island
South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.replace(/_/g, ' '));

export const CITIES =
  `Los_Angeles San_Diego San_Jose San_Francisco Fresno Sacramento Long_Beach Oakland Glendale Burbank Pasadena Fresno
New_York Buffalo Chicago Houston Phoenix Philadelphia San_Antonio Dallas Austin Jacksonville Columbus Charlotte Indianapolis
Seattle Denver Boston Detroit Nashville Portland Memphis Louisville Baltimore Milwaukee Albuquerque Tucson Atlanta Miami
Minneapolis Cleveland Pittsburgh Watertown Providence`
    .split(/\s+/)
    .filter((name, index, all) => Boolean(name) && all.indexOf(name) === index)
    .map((name) => name.replace(/_/g, ' '));

export const TOPICS = [
  'affordable housing',
  'homelessness services',
  'public transit',
  'road safety',
  'wildfire prevention',
  'drought resilience',
  'clean drinking water',
  'broadband access',
  'rural hospitals',
  'mental health care',
  'opioid overdose prevention',
  'veterans benefits',
  'small business lending',
  'minimum wage',
  'paid family leave',
  'child care',
  'school meals',
  'teacher pay',
  'student debt',
  'community colleges',
  'election security',
  'voting access',
  'campaign finance',
  'police accountability',
  'juvenile justice',
  'bail reform',
  'gun violence prevention',
  'domestic violence survivors',
  'human trafficking',
  'refugee resettlement',
  'immigrant legal services',
  'prisoners of war',
  'genocide recognition',
  'humanitarian aid',
  'religious freedom',
  'press freedom',
  'cybersecurity',
  'data privacy',
  'artificial intelligence',
  'electric vehicles',
  'solar energy',
  'offshore wind',
  'nuclear safety',
  'pipeline safety',
  'coastal erosion',
  'flood insurance',
  'national parks',
  'endangered species',
  'urban forests',
  'plastic pollution',
  'air quality',
  'lead pipes',
  'tenant protections',
  'rent stabilization',
  'zoning reform',
  'historic preservation',
  'public libraries',
  'arts funding',
  'tourism promotion',
  'agricultural exports',
  'farm workers',
  'food banks',
  'senior nutrition',
  'prescription drug prices',
  'medical debt',
  'rare diseases',
  'cancer research',
  'maternal health',
  'vaccination programs',
  'disability rights',
  'autism awareness',
  'sickle cell disease',
  'organ donation',
  'blood donation',
  'port infrastructure',
  'high-speed rail',
  'airport noise',
  'bridge repair',
  'water recycling',
  'earthquake retrofits',
  'emergency alerts',
  'firefighter cancer',
  'ambulance response times',
  'workforce training',
  'apprenticeships',
  'trade adjustment',
];

export const REGIONS = [
  'Armenia',
  'Azerbaijan',
  'Artsakh',
  'Ukraine',
  'Taiwan',
  'Sudan',
  'Ethiopia',
  'Haiti',
  'Venezuela',
  'Myanmar',
  'Yemen',
  'the Philippines',
  'Greece',
  'Cyprus',
  'Ireland',
  'Mexico',
  'Canada',
  'Nigeria',
  'Kenya',
  'Lebanon',
  'Georgia',
  'Moldova',
];

export const RESOLUTION_VERBS = [
  'Calling on',
  'Urging',
  'Requesting',
  'Supporting',
  'Condemning',
  'Commending',
  'Recognizing',
  'Expressing support for',
  'Opposing',
  'Honoring',
  'Encouraging',
  'Affirming',
];

export const BILL_VERBS = [
  'To establish',
  'To expand',
  'To improve',
  'To reform',
  'To fund',
  'To protect',
  'To modernize',
  'To strengthen',
  'To require reporting on',
  'To extend',
  'To create a grant program for',
  'To study',
];

export const QUALIFIERS = [
  'in underserved communities',
  'for low-income families',
  'in rural areas',
  'for older adults',
  'for veterans',
  'in public schools',
  'across the region',
  'through public-private partnerships',
  'during emergencies',
  'for tribal nations',
  'in coastal cities',
  'for working families',
  'for people with disabilities',
  'along the border',
  'statewide',
  'within the next five years',
  'and for other purposes',
  'with transparent reporting',
  'using federal matching funds',
  '',
];

export const SUBJECTS = [
  'Housing',
  'Transportation',
  'Health',
  'Education',
  'Environment',
  'Energy',
  'Public safety',
  'Civil rights',
  'Labor',
  'Economic development',
  'Agriculture',
  'Immigration',
  'International affairs',
  'Human rights',
  'Armed forces',
  'Veterans',
  'Taxation',
  'Government operations',
  'Elections',
  'Science and technology',
  'Arts and culture',
  'Families',
  'Social welfare',
  'Water resources',
  'Emergency management',
  'Commerce',
  'Crime and law enforcement',
  'Native Americans',
  'Finance',
  'Public lands',
  'Armenia',
  'Prisoners of war',
  'Genocide',
  'Refugees',
];

export const COMMITTEE_TOPICS = [
  'Appropriations',
  'Judiciary',
  'Foreign Affairs',
  'Energy and Commerce',
  'Education and Labor',
  'Transportation and Infrastructure',
  'Veterans Affairs',
  'Agriculture',
  'Armed Services',
  'Financial Services',
  'Homeland Security',
  'Natural Resources',
  'Oversight',
  'Science',
  'Small Business',
  'Ways and Means',
  'Housing',
  'Health',
  'Public Safety',
  'Budget',
];
