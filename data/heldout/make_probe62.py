#!/usr/bin/env python3
"""Builds probe62.jsonl: trafficking-recruitment posts/messages (label 1)
and hard negatives in the same settings (label 0). Deterministic."""
import json, os, random
from datetime import datetime, timedelta

NN = "62"
ITEMS = []  # (lang, label, codes, start_iso, [(sender, recipient, text[, gap_min])])

def add(lang, label, codes, start, msgs):
    ITEMS.append((lang, label, codes, start, msgs))

# ---------------------------------------------------------------- EN positives
add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform"],
    "2026-01-08T07:14:02Z", [
    ("Blessing Opportunities Hub", "group:Jobs in Lagos & Abroad 🇳🇬",
     "🚨🚨URGENT VACANCY IN DUBAI🚨🚨\n"
     "Hotel staff / Waitress / Receptionist needed ASAP!!\n"
     "✅ Salary 1,500 - 2,500 USD monthly\n"
     "✅ Visa + flight ticket + accommodation ALL sorted by the company\n"
     "✅ No experience needed, they will train you there\n"
     "✅ Small amount for processing will be removed from your first salary so you don't need to pay anything now\n"
     "❗Ladies only, 18-27, must be presentable\n"
     "Slots are limited, they are travelling by end of month o! Don't dull yourself 🙏🏾\n"
     "Chat me on wh@tsapp 555-0142 with your full picture and age. Serious people only!!")])

add("en", 1, ["job_offer", "travel_meet", "photo_request", "money_gifts_debt", "off_platform"],
    "2026-01-11T13:40:55Z", [
    ("+91 555-0163 (Broadcast)", "broadcast list",
     "*GOLDEN CHANCE FOR GIRLS* 🌸\n"
     "Spa therapist & beauty assistant requirement in Kuala Lumpur\n"
     "👉 Age 19 to 26 only\n👉 Fresher also ok, training given\n"
     "👉 Salary 1.2 lakh - 1.8 lakh per month + tips\n"
     "👉 Free food, free stay, free visa\n"
     "👉 Ticket & agent charges adjusted from salary, no need to pay advance\n"
     "Interested candidates send 1 full length photo, 1 close up photo, height & weight to this number only. "
     "Passport should be ready. Joining within 10 days. No time pass calls please 🙏")])

add("en", 1, ["job_offer", "photo_request", "travel_meet", "money_gifts_debt", "compliments_trust", "off_platform"],
    "2026-01-15T10:02:10Z", [
    ("talentscout.joy.ph", "mae_carandang", "hi ate! saw ur dance videos sa reels, ang galing mo po 😍💃"),
    ("mae_carandang", "talentscout.joy.ph", "hala thank u po 🥹"),
    ("talentscout.joy.ph", "mae_carandang",
     "we're hiring entertainers for a club in Osaka po, 6 months contract. big sahod, 80k-120k php a month. "
     "NO placement fee, kami na bahala sa lahat, ticket, visa, dorm. babawasan lang monthly pag nagwowork ka na", 4),
    ("mae_carandang", "talentscout.joy.ph", "wow. what kind of entertainer po? i only dance tiktok lang hehe", 9),
    ("talentscout.joy.ph", "mae_carandang",
     "basta mag entertain ng guests, sing dance konting kwentuhan. super easy lang ate. "
     "pa send nlng po ng 2 pics, yung isa full body, tapos height and weight. tas chat tayo sa T.e.l.e.g.r.a.m mas safe dun, @joy_osaka_jobs", 2)])

add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform"],
    "2026-01-19T18:21:44Z", [
    ("anon_ad_48213", "board:Work abroad / Работа за границей",
     "WORK IN EUROPE FOR YOUNG GIRLS. Hostess in night bar on Cyprus (Ayia Napa). "
     "Salary from 3000 euro in month + percent from drinks. Apartment we give, 2 girls in room. "
     "Ticket we buy, you return it after first salary, no problem. "
     "Knowledge of english not necessary. Only slim girls 18-25, without tattoo on face. "
     "Contract not needed, all is honest, we work with girls from Moldova, Ukraine, Georgia many years. "
     "Write in T.e.l.e.g.r.a.m @cyprus_hostess_work or call 555-0117. Photo in swimsuit obligatory for employer.")])

add("en", 1, ["job_offer", "compliments_trust", "photo_request", "money_gifts_debt", "isolation", "meeting", "off_platform"],
    "2026-01-22T02:15:30Z", [
    ("luxe.faces.mgmt", "comment on @kayleighrose_'s post",
     "omg ur bone structure 🔥 u should be modeling fr. our agency is signing new faces this month, check ur DMs 💌"),
    ("luxe.faces.mgmt", "kayleighrose_",
     "hey Kayleigh! not a spam acct lol. we rep a few girls doing brand work for swimwear + fitness labels. "
     "ur look is exactly what our clients want rn", 3),
    ("kayleighrose_", "luxe.faces.mgmt", "wait fr?? i've never modeled before", 41),
    ("luxe.faces.mgmt", "kayleighrose_",
     "that's honestly better, clients like fresh faces. first step is a test shoot w our photographer. "
     "it's $175 for the portfolio but u get it back after ur first booking", 2),
    ("kayleighrose_", "luxe.faces.mgmt", "can my bf come? he'd drive me", 6),
    ("luxe.faces.mgmt", "kayleighrose_",
     "we keep test shoots closed set, people watching makes new girls stiff 😅 just u. "
     "text Marcus at 555-0158, he'll send the studio addy. send a few no-makeup pics there first so he can plan the looks", 1)])

add("en", 1, ["romance", "money_gifts_debt", "vulnerability", "secrecy", "off_platform", "commercial_sex"],
    "2026-01-25T21:48:11Z", [
    ("gentleman_in_kensington", "ellie.b.studies",
     "Hi Ellie, forgive the unsolicited message. I noticed you're at uni in Leeds – tough time to be a student with rents as they are."),
    ("ellie.b.studies", "gentleman_in_kensington", "um hi? do I know you", 25),
    ("gentleman_in_kensington", "ellie.b.studies",
     "You don't, and I'll be straightforward. I'm a busy professional, I travel up north often and I'd enjoy company for dinners. "
     "In return I'd be happy to help with an allowance, £400-£600 a week depending on how we get on. Tuition, rent, whatever you need.", 2),
    ("ellie.b.studies", "gentleman_in_kensington", "is this a joke lol", 3),
    ("gentleman_in_kensington", "ellie.b.studies",
     "Not at all. Completely discreet, nobody at uni or home would need to know. "
     "I have a couple of friends with similar arrangements if you have a flatmate who'd be interested too. "
     "Add me on the other app, it deletes messages: gk_1974. Have you got a student loan problem at the moment?", 1)])

add("en", 1, ["job_offer", "money_gifts_debt", "secrecy", "meeting", "commercial_sex", "compliments_trust"],
    "2026-02-01T20:03:09Z", [
    ("Destiny", "Jaz", "girl r u still broke lmaooo"),
    ("Jaz", "Destiny", "always 😭 my hours got cut again"),
    ("Destiny", "Jaz",
     "ok so my friend Tasha makes like 2k a week. 2K. she can get u in, they literally always need pretty girls 💅", 2),
    ("Jaz", "Destiny", "doing WHAT tho", 1),
    ("Destiny", "Jaz",
     "just hostin at these parties for rich guys, keeping them company, drinks. u dont even have to do anything u dont want. "
     "her guy Dre handles everything, clothes nails all that, u just pay him back later", 3),
    ("Destiny", "Jaz",
     "dont tell ur mom tho she'll be weird about it. dre can pick u up friday at 9 from the gas station by ur house", 1)])

add("en", 1, ["job_offer", "travel_meet", "photo_request", "money_gifts_debt", "off_platform"],
    "2026-02-03T09:30:00Z", [
    ("💎 EVENT STAFF INTERNATIONAL 💎", "channel:Event Jobs Worldwide",
     "📢 CASTING: PROMOTION GIRLS for exhibitions & private events\n"
     "📍 Istanbul / Dubai / Doha\n"
     "💰 $150-250 per day + generous tips from VIP guests\n"
     "✈️ Flights, hotel, transfers covered (deducted later from earnings)\n"
     "👗 Dress code provided by organizer\n"
     "Requirements:\n▫️ girls 18-24\n▫️ height 168+\n▫️ no experience needed\n▫️ open-minded & sociable 🥂\n"
     "To apply send: 3 photos (face, full body, profile), height/weight, age, city → bot @eventstaff_apply_bot\n"
     "⏳ Departure in 7 days, only 6 places left!")])

add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "vulnerability"],
    "2026-02-05T16:12:45Z", [
    ("Aunty Gift", "Osaro",
     "My dear how are you and your mama, hope she is feeling better now. I have good news for you o"),
    ("Osaro", "Aunty Gift", "Good evening ma. She is managing. What news ma?", 18),
    ("Aunty Gift", "Osaro",
     "There is work in Italy. My sister Madam Joy has salon there and she need girls to help in shop and babysit her children. "
     "She will pay your flight and visa, everything. When you start work you will refund her small small. "
     "You will be sending money to your mama every month, no more suffering", 4),
    ("Osaro", "Aunty Gift", "Ah thank you ma!! What do I need to do?", 2),
    ("Aunty Gift", "Osaro",
     "Just 35k for your documents and we go and see the native doctor to swear you will not run away with her money, it is normal. "
     "Dont tell anybody in your house yet until the visa comes out, people can spoil it with bad mouth. Come to my place Saturday", 6)])

add("en", 1, ["job_offer", "travel_meet", "off_platform"],
    "2026-02-07T11:05:19Z", [
    ("Rakesh Overseas (Agent)", "group:Gulf Job Vacancy 2026 ✈️",
     "Urgent requirement female receptionist / guest relation for 5 star hotel in gulf country. "
     "Age 18-25, fair & good looking, height min 5'4. Hindi/English speaking. "
     "Salary 85000 INR + free food + free stay + free visa. Interview on video call only. "
     "Contact Rakesh sir on what's app 555-0121. Send photo first then call.")])

add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy"],
    "2026-02-08T06:40:00Z", [
    ("Direct Hire Abroad – Nanny & Household", "group:OFW Job Hiring 2026",
     "HIRING!!! NANNY / HOUSEHELPER 🇦🇪🇱🇧\n"
     "✔ direct employer, NO PLACEMENT FEE 💯\n"
     "✔ 25k-35k/month\n"
     "✔ ticket advance by employer, salary deduction lng for 4 months\n"
     "✔ processing: tourist visa muna, convert to working visa pagdating dun\n"
     "✔ no need OEC / no need dumaan ng agency, mas mabilis 🏃‍♀️\n"
     "📩 PM lng po, or text 555-0176. paalis na ang batch next week kaya padali na po. "
     "Wag na i-announce sa FB pag aalis na para hindi ma-offload 🤫")])

add("en", 1, ["job_offer", "travel_meet", "age_probe", "photo_request", "commercial_sex", "compliments_trust"],
    "2026-02-10T23:11:37Z", [
    ("marbella.vip.bookings", "chloe.hx",
     "Hey lovely 🤍 random q but are you open to paid work this summer?"),
    ("chloe.hx", "marbella.vip.bookings", "depends what it is ha", 52),
    ("marbella.vip.bookings", "chloe.hx",
     "VIP hosting in Marbella. Villas + yachts, 3-4 weeks. Flights + accommodation sorted, £3k+ for the trip, "
     "you just need to look good and be good company. Our clients are very generous 😉", 1),
    ("chloe.hx", "marbella.vip.bookings", "what do u mean generous", 4),
    ("marbella.vip.bookings", "chloe.hx",
     "extra depends on you babe, nobody forces anything. how old are you? and send 2-3 recent pics, no filter, "
     "the client likes to pick the girls himself", 2)])

add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control"],
    "2026-02-12T15:20:03Z", [
    ("Brianna", "Velvet Rose Entertainment",
     "hi i saw ur ad for dancers on the board, is it still open? i have no experience"),
    ("Velvet Rose Entertainment", "Brianna",
     "yes hun still open. no experience needed we train. we fly you out to vegas, u stay at our house w the other girls", 14),
    ("Brianna", "Velvet Rose Entertainment", "how much is rent", 3),
    ("Velvet Rose Entertainment", "Brianna",
     "dont worry abt that, house fee + flight come out of ur earnings. girls clear it in like 2 wks. "
     "bring ur ID and SS card, management holds docs for payroll. phones stay w the house mom during shifts, rules r rules 💕", 2),
    ("Brianna", "Velvet Rose Entertainment", "oh ok. when would i leave", 5),
    ("Velvet Rose Entertainment", "Brianna", "sunday. we'll send the ticket. dont post about it online ok", 1)])

add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "age_probe", "risk_assessment", "off_platform"],
    "2026-02-14T08:55:26Z", [
    ("Viktor", "Daria",
     "Good day Daria. I got your number from Olga. You are looking work? We have work in massage salon in Germany, Frankfurt."),
    ("Daria", "Viktor", "Hello. Yes I am looking. What conditions?", 31),
    ("Viktor", "Daria",
     "Salary 2500 euro netto, sometimes more. We arrange bus and room near salon. "
     "First month you give back 800 euro for transport and documents, it is normal for everybody. Certificate of masseuse not needed.", 3),
    ("Daria", "Viktor", "I have no experience in massage", 2),
    ("Viktor", "Daria",
     "Is no problem, owner will show. Tell me, how old you are? You have passport biometric? "
     "You live with mother or alone? Boyfriend is there? Better you dont tell many people, girls are jealous and speak bad.", 1),
    ("Viktor", "Daria", "Write me in Viber, here I dont read often. Bus goes Thursday from Chisinau.", 6)])

add("en", 1, ["job_offer", "travel_meet", "off_platform"],
    "2026-02-16T19:34:50Z", [
    ("canada_visa_connect_ng", "comment on @lagosbabes_gist post",
     "Ladies wey wan japa 🇨🇦✈️ Canada hotel & caregiver job dey, NO IELTS, NO proof of funds, we sponsor EVERYTHING 💰 DM quick before slot finish"),
    ("ada_nwosu_", "comment reply",
     "@canada_visa_connect_ng how much is the salary and is it for men too?", 11),
    ("canada_visa_connect_ng", "comment reply",
     "@ada_nwosu_ come inbox dear, this one na only girls 18-25, slim and fine girls preferred 😊 T.e.l.e.g.r.a.m is better", 5)])

add("en", 1, ["job_offer", "travel_meet", "control", "secrecy", "compliments_trust"],
    "2026-02-18T12:18:07Z", [
    ("Sunny Events Mumbai", "Priya Kathak",
     "Namaste Priya ji, saw your performance video at the Navratri event. Very graceful 👏"),
    ("Priya Kathak", "Sunny Events Mumbai", "Thank you so much 🙏", 36),
    ("Sunny Events Mumbai", "Priya Kathak",
     "We are making a dance troupe for private shows in Dubai. 15 days contract, 3 lakh payment. "
     "Stay, food, visa all our side. Only 5 girls selected.", 2),
    ("Priya Kathak", "Sunny Events Mumbai", "Which venue? Will our academy teacher also come?", 8),
    ("Sunny Events Mumbai", "Priya Kathak",
     "Venue is private, sheikh family functions, we dont share names. Teacher not required, our coordinator will handle. "
     "Passport you give us, we keep till return for visa and security. No need to tell family full details, "
     "just say cultural program, elders dont understand these things.", 3)])

add("en", 1, ["job_offer", "commercial_sex", "travel_meet", "secrecy", "off_platform"],
    "2026-02-20T03:03:03Z", [
    ("Elite Travel Partners", "channel:Elite Opportunities 💎",
     "💎 NOW HIRING 💎 VIP COMPANION / TRAVEL PARTNER\n"
     "💸 $3,000 - $5,000 per week\n"
     "✈️ all travel + 5★ hotels paid\n"
     "🥂 dinners, events, weekend trips with successful gentlemen\n"
     "🙅‍♀️ no experience required\n"
     "🔒 100% discreet, we never contact family or employers\n"
     "ages 18-26, send a selfie + full length pic to @elite_tp_booking. "
     "Quick starts available this weekend.")])

add("en", 1, ["job_offer", "travel_meet", "secrecy", "money_gifts_debt", "photo_request"],
    "2026-02-22T14:47:21Z", [
    ("Tita Lorna", "Jhen",
     "sis may opening sa Kuala Lumpur, bar lang sa hotel. kahit walang experience. 2k ringgit per month plus tips"),
    ("Jhen", "Tita Lorna", "talaga tita? anong gagawin ko dun", 7),
    ("Tita Lorna", "Jhen",
     "serve drinks, makipag kwentuhan sa customers. sagot na ng boss ang ticket, ibabawas nlng sa sahod mo. "
     "pag tinanong ka sa immigration wag mo sabihin work ha, sabihin mo bakasyon lang, may pocket money ka naman na ibibigay ko", 3),
    ("Jhen", "Tita Lorna", "ok po. ano pong kailangan ko", 2),
    ("Tita Lorna", "Jhen", "i-send mo lang pic ng passport mo tsaka isang full body pic para makita ng boss. by friday dapat", 1)])

# ---------------------------------------------------------------- EN negatives
add("en", 0, ["job_offer", "travel_meet"],
    "2026-01-09T15:00:00Z", [
    ("BrightNest Au Pair Exchange", "page:BrightNest Au Pair Exchange",
     "🌍 Become an au pair in the USA – 2026 applications open\n"
     "We are a designated J-1 sponsor, and the program is regulated by the U.S. Department of State. What that means for you:\n"
     "• Weekly stipend set by federal rules, paid directly to you by your host family\n"
     "• Max 10 hours/day and 45 hours/week of childcare, 1.5 days off each week + one full weekend a month\n"
     "• $500 education allowance for college courses\n"
     "• You and the family both see each other's full profiles and have at least one video interview before any match\n"
     "• Local coordinator in your area who you meet in person every month\n"
     "Our fees are listed in full on example.com/fees. Your passport always stays with you. "
     "Questions? Join our live info session on Thursday or call the office on 555-0134 (Mon-Fri, 9-5).")])

add("en", 0, ["job_offer", "travel_meet"],
    "2026-01-12T04:30:00Z", [
    ("Pacific Crest Manning Agency, Inc.", "group:Seafarers & Cruise Jobs PH",
     "CRUISE SHIP HIRING EVENT ⚓\n"
     "Positions: Waiter/Waitress, Stateroom Attendant, Spa Therapist, Youth Staff, Galley Steward\n"
     "📅 March 14, 8AM | 📍 3F Pacific Crest Bldg, Example St., Ermita, Manila\n"
     "Bring: updated CV, valid passport, Seaman's Book (if any), BST certificates, 2x2 ID pic\n"
     "• DMW licensed, license no. printed on our office wall and verifiable on the DMW website\n"
     "• Written contract signed at our office before deployment, copy is yours\n"
     "• ZERO placement fee for cruise positions. Only PEME medical at accredited clinic (you pay the clinic directly, receipt issued)\n"
     "⚠️ We do NOT recruit via private messages or Telegram. Anyone asking for 'reservation fee' in our name is a scammer.")])

add("en", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-01-14T09:15:42Z", [
    ("Greenfield Seasonal Recruitment Ltd", "page:Greenfield Seasonal Recruitment",
     "Seasonal Worker route – soft fruit picking, Herefordshire, May to October 2026.\n"
     "We are licensed by the GLAA (licence number shown on our website and on every contract). "
     "You will sign a written contract in your own language (Romanian, Bulgarian, Ukrainian, Kyrgyz, Uzbek, English) BEFORE you travel.\n"
     "Pay: at least the National Living Wage per hour, paid weekly into your own bank account.\n"
     "Caravan accommodation on the farm, the weekly amount is written in the contract and is the same for everybody.\n"
     "We do not charge any recruitment fee. We do not keep your passport. "
     "If anyone asks you for money to get a place, please report to us and to the GLAA helpline.\n"
     "Online interviews every Tuesday. Apply at example.com/apply")])

add("en", 0, ["photo_request", "off_platform"],
    "2026-01-17T12:00:00Z", [
    ("Northlight Model Management", "public",
     "⚠️ SCAM ALERT ⚠️\n"
     "We've been told about accounts messaging young people and pretending to be our scouts. Please read:\n"
     "1. We NEVER charge fees to join, for test shoots, portfolios or 'registration'.\n"
     "2. We never ask for revealing or 'body' photos over DM. Plain snaps (no makeup, jeans and top) are all we need, sent through the form on our website.\n"
     "3. We never ask you to move to WhatsApp, Telegram or any other app.\n"
     "4. Under 18? A parent or guardian must be at every meeting and signs the contract.\n"
     "5. Meetings are only at our office, 40 Example Lane, London, during office hours.\n"
     "If you're unsure, call reception on 555-0150 and ask if the person works here. Stay safe 🤍")])

add("en", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-01-20T10:45:00Z", [
    ("Safe Journeys Initiative Edo", "page:Safe Journeys Initiative",
     "BEFORE YOU JAPA, READ THIS 🛑\n"
     "Many of our sisters are being deceived with 'hotel work', 'salon work' or 'babysitting' in Europe, Russia and the Gulf. "
     "Warning signs:\n"
     "🔸 They say you will 'refund' your flight and visa from your salary\n"
     "🔸 They want only young girls, and ask for full-body pictures\n"
     "🔸 They want you to swear an oath or 'go to shrine'\n"
     "🔸 They tell you to keep it secret from your family\n"
     "🔸 They will hold your passport 'for safety'\n"
     "A real employer gives you a contract you can read and show to a lawyer. "
     "If someone approached you or your daughter, call our free hotline 555-0119 or visit our office. "
     "Nobody will judge you. Share this with every girl in your compound 🙏🏾")])

add("en", 0, ["job_offer", "travel_meet"],
    "2026-01-23T07:20:00Z", [
    ("The Daily Courier – City Desk", "public",
     "14 women rescued from 'spa' in neighbouring state; two agents arrested\n"
     "Police on Tuesday rescued 14 women, most of them from Jharkhand and West Bengal, who had been promised jobs as spa therapists "
     "with salaries of ₹60,000 a month. According to the FIR, the women were told their travel costs would be 'adjusted' from their pay, "
     "and their phones and Aadhaar cards were taken on arrival. An anti-human trafficking unit officer said the recruitment had been done "
     "through WhatsApp groups advertising 'freshers welcome' jobs. The two accused have been remanded to police custody. "
     "The women have been moved to a government shelter and their families informed.")])

add("en", 0, ["job_offer"],
    "2026-01-26T17:32:18Z", [
    ("Maddie", "Jaz", "yo u still looking for work??"),
    ("Jaz", "Maddie", "yesss desperately", 2),
    ("Maddie", "Jaz",
     "Rosalia's on Main is hiring servers and a weekend host. my sister works there, manager's chill. "
     "here's the posting on their site example.com/rosalias/careers", 1),
    ("Jaz", "Maddie", "omg whats the pay", 1),
    ("Maddie", "Jaz",
     "$13 + tips, she said fridays are like 150 in tips. interviews thursday 2-4, just walk in w a resume. want me to tell her ur coming?", 3),
    ("Jaz", "Maddie", "YES pls ily 😭", 1)])

add("en", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-01-28T20:10:05Z", [
    ("Chidinma", "Brother Ike",
     "Bros good evening. Please someone sent me this offer, is this legit? 'Hotel staff in Dubai, visa and ticket paid by company, "
     "refund from first salary, ladies 18-27, send full picture on whatsapp'. She said I should send my passport data page tomorrow"),
    ("Brother Ike", "Chidinma", "Which company? Did they give you name and address?", 6),
    ("Chidinma", "Brother Ike", "She just said big hotel. Lady from church gave me her number", 3),
    ("Brother Ike", "Chidinma",
     "Abeg don't send anything. No company name, no contract, only girls, refund from salary — that is how they trap people. "
     "A real hotel will interview you and give contract before you travel. Block her. "
     "If you want to go abroad, we will look for a registered agency together, I will come with you.", 2),
    ("Chidinma", "Brother Ike", "Ok bros. Thank you 🙏🏾 I was already excited sha", 5),
    ("Brother Ike", "Chidinma", "I know. We go find better one. Just no rush", 1)])

add("en", 0, ["job_offer"],
    "2026-01-30T11:00:00Z", [
    ("The Copper Kettle", "page:Jobs in Harrogate",
     "We're hiring! ☕ Host/Hostess (front of house), part time, 16-24 hrs/week\n"
     "📍 The Copper Kettle, 12 Example Street, Harrogate\n"
     "💷 £12.21/hr + equal share of tips\n"
     "Greeting guests, managing bookings, helping the floor team on busy days. Experience nice but not essential, full training given. "
     "Paid trial shift. Contract, payslips and uniform provided.\n"
     "Apply via example.com/copperkettle or pop in and ask for Sam (weekdays 10-3)."),
    ("Megan Holt", "comment on The Copper Kettle post", "is there an age limit? I'm 17 and finishing college in June x", 38),
    ("The Copper Kettle", "comment reply",
     "Hi Megan! 16+ is fine for this role, we just follow the usual rules on hours for under-18s. Pop in with your CV and ask for Sam 😊", 65)])

add("en", 0, ["job_offer", "travel_meet"],
    "2026-02-02T05:50:00Z", [
    ("Al-Noor Manpower Consultants", "group:Gulf Job Vacancy 2026 ✈️",
     "MEA Registered Recruiting Agent – Licence No. displayed at office & on eMigrate portal\n"
     "Requirement for a hotel group in Doha, Qatar (client name shared at interview):\n"
     "- Front office associates (M/F), 2 yrs hotel experience, diploma in hotel management\n"
     "- Commis chefs (M/F), 2 yrs experience\n"
     "Salary as per contract + food + shared accommodation + annual leave with ticket.\n"
     "Employment contract attested, emigration clearance through eMigrate. "
     "Service charge only as per government limit, with receipt. NO age limit, NO photos needed in advance.\n"
     "Walk-in interview: 21 Feb, 10am-4pm, 2nd floor, Example Towers, Andheri East. Bring original certificates.")])

add("en", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-02-04T18:25:33Z", [
    ("Yulia K.", "group:Students Abroad – Work & Travel",
     "Hello all. Somebody did Summer Work and Travel USA? Agency in my city ask 1200$ for program and I must pay flight myself. "
     "Is it normal or scam? They give me job offer in amusement park in Ohio"),
    ("Andrei P.", "group:Students Abroad – Work & Travel",
     "I did it in 2024. Fee like this is normal, but check: agency must work with official sponsor, you get DS-2019 form and do interview in US embassy. "
     "Job offer must have employer name, address, hourly wage. I worked in water park, was good experience", 14),
    ("Marta S.", "group:Students Abroad – Work & Travel",
     "Also check the sponsor is on the State Department list. Red flag is if they say 'you will pay us back from salary' or job is 'hostess' without details. "
     "Amusement park is typical, many of us went there", 9),
    ("Yulia K.", "group:Students Abroad – Work & Travel", "Thank you so much, they gave employer name and I will check the sponsor 🙏", 22)])

add("en", 0, ["job_offer", "meeting"],
    "2026-02-06T14:00:00Z", [
    ("Reyes Family", "Caitlyn M.",
     "Hi Caitlyn, thanks for applying to our nanny post! Quick recap: 2 kids (4 and 7), Mon-Thu 2:30-6:30, $22/hr on payroll (W-2), "
     "guaranteed hours. We'll run the background check through the site and call two of your references."),
    ("Caitlyn M.", "Reyes Family",
     "Hi! That sounds great. I have 3 years of babysitting experience + CPR cert. When would you want to meet?", 47),
    ("Reyes Family", "Caitlyn M.",
     "Let's do a first chat at the Example Coffee on 5th, Saturday 10am? My husband Dan and I will both be there. "
     "If it goes well we'd do a paid trial afternoon with the kids while I work from home.", 12),
    ("Caitlyn M.", "Reyes Family", "Perfect, see you Saturday!", 4)])

add("en", 0, ["job_offer", "travel_meet", "off_platform"],
    "2026-02-09T13:13:13Z", [
    ("carmi.dlr", "comment on @opportunity_abroad_jobs post",
     "ate ingat po sa mga ganito!! same offer na DM sakin, Japan daw entertainer, no placement fee tas tourist visa lang. SCAM/ILLEGAL yan 🚩"),
    ("janelle_tmz", "comment reply",
     "@carmi.dlr true! i-check nyo muna sa DMW website kung licensed yung agency and kung may job order. pag puro T.e.l.e.g.r.a.m lang ang contact, takbo na 🏃‍♀️", 8),
    ("carmi.dlr", "comment reply", "@janelle_tmz yes po, nireport ko na din sa DMW. share nyo po para aware mga kapatid natin", 4)])

add("en", 0, ["job_offer"],
    "2026-02-11T08:08:41Z", [
    ("Tobi", "Funke", "Funks, remember you said you want to leave that boutique job?"),
    ("Funke", "Tobi", "Yes o, that woman is wicked 😩", 3),
    ("Tobi", "Funke",
     "My cousin's company is hiring customer service reps. Fintech, office in Ikeja. 180k monthly + HMO. "
     "Here's the link: example.com/careers/cs-rep . They do aptitude test online then physical interview at the office", 2),
    ("Funke", "Tobi", "Ahh thank you!! Is it only for girls?", 9),
    ("Tobi", "Funke", "No na, anybody with OND/HND. Apply before Friday, I'll tell him to look out for your CV", 1)])

add("en", 0, ["money_gifts_debt", "romance"],
    "2026-02-13T22:40:16Z", [
    ("Ellie", "group:Flat 4B 🏠",
     "lads. some random middle aged bloke just DM'd offering me £500 a week 'allowance' for 'dinners' 💀"),
    ("Priyanka", "group:Flat 4B 🏠", "NOT AGAIN. the same thing happened to Aoife in first year", 1),
    ("Hannah", "group:Flat 4B 🏠",
     "block and report babe. they always go on about 'discreet' and ask if you've got money problems. the SU has a page on it", 2),
    ("Ellie", "group:Flat 4B 🏠", "yeah he literally asked about my student loan?? blocked, reported, screenshotted for the group", 1),
    ("Priyanka", "group:Flat 4B 🏠", "proud of u. pizza tonight? 🍕", 6)])

add("en", 0, ["job_offer", "compliments_trust", "meeting"],
    "2026-02-15T16:05:00Z", [
    ("meridianmodels_scouting ✔", "lena.okafor",
     "Hi Lena, I'm Jordan from the scouting team at Meridian Models (this is our verified account). "
     "We think you have a great look and we'd love to invite you to our open call."),
    ("lena.okafor", "meridianmodels_scouting ✔", "hi!! is this legit? i've had fake agencies message me before", 30),
    ("meridianmodels_scouting ✔", "lena.okafor",
     "Totally fair question! Please don't take my word for it: call our front desk on 555-0131 (number is on our website example.com/contact) "
     "and ask for me. We never charge fees and you won't need to send anything else.", 4),
    ("meridianmodels_scouting ✔", "lena.okafor",
     "Open call is Thursday 3-5pm at our office, 220 Example Ave, 4th floor. You're 16, so a parent or guardian needs to come with you. "
     "Wear jeans and a plain top, no makeup.", 1),
    ("lena.okafor", "meridianmodels_scouting ✔", "ok my mom called and they confirmed!! we'll be there", 95)])

add("en", 0, ["job_offer", "travel_meet"],
    "2026-02-17T10:10:10Z", [
    ("Nrityadhara Dance Academy", "group:Nrityadhara Parents & Students",
     "Dear parents and students 🙏\n"
     "Our academy has been invited to perform at a cultural festival in Singapore (12-18 May). "
     "Auditions for senior students (16+) on Sunday at the academy hall.\n"
     "• Guru ji and two senior teachers will travel with the group\n"
     "• Travel, stay and visa arranged by the festival organizers; invitation letter available for parents to see\n"
     "• Students keep their own passports; for under-18 students parental consent form required\n"
     "• Parents are welcome to travel with us at their own cost\n"
     "Parents' meeting on Saturday 6pm to explain the full itinerary. Please contact the office for any questions.")])

add("en", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-02-19T19:19:19Z", [
    ("Oksana", "Sveta", "Svetochka hi! You ask me about work in Poland. I can tell you how is with me"),
    ("Sveta", "Oksana", "Yes please! Mama is afraid, she watch too many news about trafficking 😅", 5),
    ("Oksana", "Sveta",
     "Is understandable. My agency is legal, they have number in official register, I checked. "
     "I signed contract in my language before bus, warehouse near Poznan, 8 hours, overtime paid extra. "
     "Housing 450 zloty per month taken from salary but it is written in contract. Passport always in my bag, nobody take it. "
     "Salary comes to my bank card, every 10th.", 3),
    ("Sveta", "Oksana", "Ok this sounds normal. Can you send me their website?", 2),
    ("Oksana", "Sveta", "Yes: example.com/praca . Call them on the number there, not someone from comments. And send to your mama too 😊", 1)])

# ---------------------------------------------------------------- ES
add("es", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"],
    "2026-01-10T22:00:00Z", [
    ("Empleos Internacionales VIP", "grupo:Empleos Medellín y Exterior 🇨🇴",
     "‼️SE BUSCAN CHICAS‼️ para trabajar en España 🇪🇸 como camareras y azafatas en club privado\n"
     "💶 Ganancias de 3.000 a 5.000 € al mes\n"
     "✈️ Pasaje, alojamiento y comida incluidos, se descuentan poco a poco del sueldo\n"
     "✅ No necesitas experiencia ni papeles, nosotros te ayudamos con todo\n"
     "👱‍♀️ Solo mujeres de 18 a 25 años, buena presencia\n"
     "Interesadas escribir al wasap 555-0104 con foto de cuerpo entero y edad. "
     "Salidas cada 15 días, cupos limitados 🔥 no pierdas tu oportunidad mi reina")])

add("es", 1, ["job_offer", "compliments_trust", "money_gifts_debt", "isolation", "photo_request", "meeting"],
    "2026-01-27T17:45:12Z", [
    ("starmodels.casting.mx", "valeria.rmz",
     "Holaa Valeria 💫 te vimos en el desfile de la prepa y tienes un perfil buenísimo para campañas de ropa"),
    ("valeria.rmz", "starmodels.casting.mx", "neta?? gracias 😳 nunca he modelado", 22),
    ("starmodels.casting.mx", "valeria.rmz",
     "no pasa nada, nosotros formamos a las chavas nuevas. Para entrar a la agencia se hace un book con nuestro fotógrafo, "
     "la cuota es de 1.800 pesos pero se te regresa con tu primer trabajo", 3),
    ("valeria.rmz", "starmodels.casting.mx", "y puedo ir con mi mamá?", 5),
    ("starmodels.casting.mx", "valeria.rmz",
     "mejor no, la sesión es privada en el depa del fotógrafo, con mamás las niñas se ponen nerviosas jaja. "
     "mándame antes unas fotos tuyas en ropa ajustada para ver qué looks usamos. y mejor seguimos por Wh4ts4pp 555-0166", 2)])

add("es", 1, ["job_offer", "money_gifts_debt", "secrecy", "meeting", "commercial_sex", "off_platform"],
    "2026-02-21T01:12:40Z", [
    ("Yessi", "Cami", "amiga estas despierta?"),
    ("Cami", "Yessi", "sii q paso", 2),
    ("Yessi", "Cami",
     "te acuerdas de Daniela? ahora gana como 2 mil a la semana 😱 dice q te puede meter, solo es acompañar a unos señores a cenas y fiestas", 1),
    ("Cami", "Yessi", "y ya? nada mas eso?", 3),
    ("Yessi", "Cami",
     "eso dice ella jaja. el que organiza todo se llama Rolo, te compra ropa y te presta pa las uñas y eso y luego le pagas. "
     "no le digas a tu mamá porfa que es bien chismosa. te agrega Rolo por Telegr@m mañana", 2)])

add("es", 0, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform"],
    "2026-02-02T12:00:00Z", [
    ("Fundación Camino Seguro", "página:Fundación Camino Seguro",
     "¿Te ofrecieron trabajo en el exterior y suena demasiado bueno? 🚩\n"
     "Señales de alerta de trata de personas:\n"
     "🔴 Te piden solo mujeres jóvenes y fotos de cuerpo entero\n"
     "🔴 No hay nombre de empresa, dirección ni contrato por escrito\n"
     "🔴 'El pasaje te lo descontamos del sueldo' → eso puede convertirse en una deuda que nunca termina\n"
     "🔴 Todo se habla por WhatsApp o Telegram y te piden no contarle a tu familia\n"
     "🔴 Te piden entregar tu pasaporte\n"
     "Antes de viajar, verifica la oferta con nosotros de forma gratuita y confidencial: 555-0127. "
     "Comparte esta publicación, puede salvar una vida 💜"),
    ("Luz Marina Ortiz", "comentario",
     "a mi sobrina le llegó una así por wasap, 'camarera en España, pasaje descontado del sueldo'. ya le dije q no mande nada", 95),
    ("Fundación Camino Seguro", "respuesta",
     "Hiciste muy bien, Luz Marina 💜 Si quieren, escríbannos por privado con el número que la contactó y le ayudamos a denunciarlo.", 30)])

add("es", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-01-16T09:30:00Z", [
    ("Cooperativa Agrícola Los Naranjos", "público",
     "CONTRATACIÓN EN ORIGEN – CAMPAÑA DE FRESA Y FRUTOS ROJOS 2026 (Huelva)\n"
     "Programa legal de migración circular, gestionado con el Ministerio y el servicio de empleo del país de origen.\n"
     "• Contrato de trabajo firmado ANTES de viajar, con salario según convenio del campo de Huelva\n"
     "• Vivienda en la finca en condiciones dignas; cualquier descuento figura en el contrato\n"
     "• Pasaje de ida y vuelta según lo establecido en el programa\n"
     "• Abierto a hombres y mujeres mayores de 18 años con experiencia agrícola\n"
     "• Nunca se cobra por conseguir un puesto. Nadie puede quedarse con tu pasaporte.\n"
     "Las inscripciones se hacen únicamente en las oficinas oficiales de empleo de tu país. Dudas: 555-0188")])

# ---------------------------------------------------------------- PT
add("pt", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"],
    "2026-01-13T20:20:20Z", [
    ("Oportunidades Europa 🇵🇹🇪🇸", "lista de transmissão",
     "🌟 VAGAS PARA MENINAS 🌟\n"
     "Garçonete e recepcionista em casas noturnas em Portugal e Espanha\n"
     "💶 Ganhos de 2.500 a 4.000 euros por mês + gorjetas\n"
     "✈️ Passagem e moradia por nossa conta, você paga depois descontando do salário\n"
     "❌ Não precisa experiência nem falar espanhol\n"
     "👉 Só meninas de 18 a 25 anos, bonitas e comunicativas\n"
     "Manda no zap 555-0111 2 fotos (rosto e corpo inteiro), idade e cidade. "
     "Embarque na próxima semana, corre que são poucas vagas!! 🏃‍♀️💨")])

add("pt", 1, ["job_offer", "travel_meet", "control", "secrecy", "compliments_trust", "off_platform"],
    "2026-02-09T15:42:00Z", [
    ("Léo Eventos", "Thainá",
     "oi Thainá, tudo bem? sou amigo da Jéssica, ela me passou teu contato. tu é linda demais, tem perfil de promotora"),
    ("Thainá", "Léo Eventos", "oii tudo sim. promotora de quê?", 14),
    ("Léo Eventos", "Thainá",
     "eventos e feiras na Suíça e na Alemanha, 3 meses. tudo pago: passagem, hotel, alimentação. "
     "tu vai ganhar em euro, volta com uns 40 mil reais fácil", 2),
    ("Thainá", "Léo Eventos", "nossa. e precisa de visto?", 3),
    ("Léo Eventos", "Thainá",
     "a gente resolve. tu só deixa o passaporte comigo que eu cuido de tudo, e lá quem guarda os documentos é o gerente, "
     "pra ninguém perder. na imigração tu fala que é turista. e não espalha, senão todo mundo vai querer a vaga e a tua família vai ficar com medo à toa", 1),
    ("Léo Eventos", "Thainá", "me chama no T.e.l.e.g.r.a.m que é mais seguro: @leo_eventos_eu", 5)])

add("pt", 0, ["job_offer", "travel_meet"],
    "2026-01-21T11:11:00Z", [
    ("Jornal do Vale – Plantão", "público",
     "Polícia desarticula quadrilha que aliciava mulheres com falsas vagas de garçonete na Europa\n"
     "Uma operação da Polícia Federal cumpriu nesta terça-feira mandados de prisão contra quatro suspeitos de tráfico de pessoas. "
     "Segundo a investigação, o grupo anunciava em redes sociais vagas de 'garçonete' e 'recepcionista' com passagem paga, "
     "e ao chegar ao destino as vítimas eram informadas de uma dívida de milhares de euros e tinham os passaportes retidos. "
     "Três vítimas já voltaram ao Brasil com apoio do Itamaraty. A PF orienta que ofertas de emprego no exterior sejam verificadas "
     "antes de qualquer viagem.")])

add("pt", 0, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request"],
    "2026-02-11T21:05:30Z", [
    ("Bia", "Prima Lu",
     "Lu, tu que mora em Lisboa, olha isso que me mandaram: 'vaga garçonete Portugal, passagem paga descontada do salário, só meninas 18-25, manda foto corpo inteiro'. "
     "isso é verdade??"),
    ("Prima Lu", "Bia", "Bia NÃO manda nada!! isso é golpe clássico, pode ser coisa muito pior que golpe", 4),
    ("Prima Lu", "Bia",
     "restaurante aqui contrata com contrato, NIF, tudo certinho. ninguém pede foto de corpo. e 'descontar passagem do salário' vira dívida infinita", 1),
    ("Bia", "Prima Lu", "meu deus. ainda bem que te perguntei 😰", 3),
    ("Prima Lu", "Bia",
     "se tu quiser vir mesmo, a gente procura vaga de verdade junto, eu te ajudo com o visto de procura de trabalho. e denuncia esse número", 2)])

add("pt", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-01-29T14:00:00Z", [
    ("Oceano Azul Recrutamento Marítimo", "página:Oceano Azul Recrutamento",
     "🚢 PROCESSO SELETIVO – TRABALHO EM NAVIOS DE CRUZEIRO (temporada 2026/27)\n"
     "Vagas: garçom/garçonete, camareiro(a), recepção, animação infantil, spa.\n"
     "Requisitos: inglês intermediário, maior de 21 anos, passaporte válido.\n"
     "Etapas: inscrição no site example.com/vagas → entrevista online em inglês com a companhia → exames médicos → treinamento de segurança (STCW).\n"
     "O contrato é emitido pela companhia marítima e você recebe uma cópia antes de embarcar.\n"
     "‼️ Não cobramos taxa de contratação. Desconfie de quem pede depósito pelo WhatsApp usando nosso nome.\n"
     "Escritório: Av. Exemplo, 1000, sala 12, Santos/SP – 555-0145")])

# ---------------------------------------------------------------- FR
add("fr", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"],
    "2026-01-18T08:08:08Z", [
    ("Recrutement Express International", "groupe:Offres d'emploi Douala & Étranger",
     "📢 RECRUTEMENT URGENT 📢 pour le Liban 🇱🇧 et Dubaï 🇦🇪\n"
     "Postes : femmes de ménage, nounous, serveuses dans hôtel\n"
     "✅ Salaire 300 000 à 450 000 FCFA/mois\n"
     "✅ Billet d'avion + visa + logement pris en charge par le patron\n"
     "✅ Remboursement petit à petit sur le salaire, tu ne paies rien maintenant\n"
     "✅ Pas besoin de diplôme\n"
     "Conditions : filles de 18 à 28 ans, célibataires de préférence\n"
     "Envoyez photo en pied + âge sur wh@tsapp 555-0193. Départ dans 2 semaines, ne ratez pas cette chance 🙏🏾")])

add("fr", 1, ["job_offer", "travel_meet", "photo_request", "commercial_sex", "age_probe", "compliments_trust"],
    "2026-02-04T23:30:44Z", [
    ("riviera.hostess.agency", "ines.lmb",
     "Coucou Inès 🌸 on cherche des hôtesses VIP pour le week-end du Grand Prix à Monaco, ton profil nous plaît beaucoup"),
    ("ines.lmb", "riviera.hostess.agency", "bonjour, c'est quoi exactement le taff ?", 40),
    ("riviera.hostess.agency", "ines.lmb",
     "accueil et accompagnement de nos clients sur les yachts et en soirée. 1 500 € le week-end, logement et trajet offerts. "
     "les clients sont très généreux avec les filles sympas 😉 le reste c'est toi qui vois", 3),
    ("ines.lmb", "riviera.hostess.agency", "il y a un contrat ?", 6),
    ("riviera.hostess.agency", "ines.lmb",
     "pas besoin pour un week-end, tout est en cash, plus simple. t'as quel âge ? envoie 3 photos récentes sans filtre, "
     "dont une en pied, c'est le client qui valide lui-même", 2)])

add("fr", 1, ["job_offer", "money_gifts_debt", "secrecy", "meeting", "commercial_sex"],
    "2026-02-23T19:55:01Z", [
    ("Kenza", "Sarah", "sarah t'es toujours dans la galère pour ton loyer ?"),
    ("Sarah", "Kenza", "grave, mon proprio me harcèle 😩", 6),
    ("Kenza", "Sarah",
     "ma pote Maëva se fait genre 2000 par semaine. elle peut te faire rentrer, c'est juste des soirées privées avec des mecs blindés, tu tiens compagnie", 1),
    ("Sarah", "Kenza", "des soirées de quoi ?", 2),
    ("Kenza", "Sarah",
     "tkt rien de chelou, t'es libre. y'a un gars, Yanis, qui gère tout, il t'avance les tenues et l'appart le temps que tu commences, tu le rembourses après", 3),
    ("Kenza", "Sarah", "par contre dis rien à tes parents ni à ton mec. il passe te prendre samedi 22h devant le tabac", 1)])

add("fr", 0, ["job_offer", "travel_meet"],
    "2026-01-24T10:00:00Z", [
    ("Maison Au Pair Horizon", "page:Maison Au Pair Horizon",
     "Devenir au pair en France 🇫🇷 – ce qu'il faut savoir\n"
     "• Une convention de stage 'au pair' est signée entre toi et ta famille d'accueil et visée par les autorités avant ton arrivée\n"
     "• 25 à 30 heures de garde d'enfants par semaine maximum, 1 jour de repos complet par semaine\n"
     "• Logement et repas dans la famille + argent de poche mensuel fixé par la réglementation\n"
     "• Inscription obligatoire à des cours de français\n"
     "• Entretien en visio avec la famille avant tout engagement, tu gardes ton passeport\n"
     "Nos frais d'inscription sont affichés sur example.com/tarifs. "
     "Bureau : 8 rue de l'Exemple, Lyon – 555-0172")])

add("fr", 0, ["job_offer", "photo_request", "off_platform"],
    "2026-02-14T12:30:00Z", [
    ("Étoile Models Paris", "public",
     "⚠️ ATTENTION AUX FAUX SCOUTS ⚠️\n"
     "Des comptes se font passer pour notre agence et contactent des jeunes sur Instagram et TikTok. Rappel :\n"
     "– Nous ne demandons JAMAIS d'argent (book, inscription, shooting test… c'est gratuit)\n"
     "– Nous ne demandons jamais de photos « en tenue légère » par message\n"
     "– Nous ne vous proposerons jamais de continuer sur WhatsApp ou Telegram\n"
     "– Les mineur·es viennent toujours accompagné·es d'un parent\n"
     "– Les rendez-vous ont lieu uniquement dans nos bureaux, 15 avenue de l'Exemple, Paris 8e\n"
     "En cas de doute, appelez l'accueil au 555-0108. Partagez autour de vous 🙏")])

# ---------------------------------------------------------------- DE
add("de", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform", "photo_request"],
    "2026-01-31T16:16:16Z", [
    ("sunny_wellness_ch", "Kleinanzeigen: Jobs > Sonstige",
     "Nette Mädels (18-25) für Massage-Studio in der Schweiz gesucht!!\n"
     "💰 Top-Verdienst, 4000-6000 CHF im Monat möglich\n"
     "🏠 Zimmer direkt im Studio vorhanden\n"
     "🚌 Anreise wird vorgestreckt, einfach mit den ersten Einnahmen zurückzahlen\n"
     "Keine Ausbildung nötig, Deutschkenntnisse nicht wichtig, wir zeigen dir alles. "
     "Diskretion garantiert. Bewerbung NUR mit 2 aktuellen Ganzkörperfotos über T.e.l.e.g.r.a.m (@sunnywellness_jobs) oder SMS an 555-0137. "
     "Start sofort möglich.")])

add("de", 1, ["job_offer", "compliments_trust", "money_gifts_debt", "isolation", "meeting", "secrecy"],
    "2026-02-17T18:03:27Z", [
    ("m.hoffmann.fotografie", "lina.sbr",
     "Hey Lina 😊 bin Fotograf und suche für eine neue Kampagne frische Gesichter. Du hast echt Ausstrahlung, ehrlich!"),
    ("lina.sbr", "m.hoffmann.fotografie", "oh danke 😅 was für eine Kampagne?", 19),
    ("m.hoffmann.fotografie", "lina.sbr",
     "Mode, Social Media, später evtl. auch Ausland. Erst machen wir ein Probeshooting bei mir im Studio. "
     "Anmeldegebühr für die Kartei sind 120 €, bekommst du bei der ersten Buchung zurück", 4),
    ("lina.sbr", "m.hoffmann.fotografie", "kann meine freundin mitkommen?", 7),
    ("m.hoffmann.fotografie", "lina.sbr",
     "Lieber nicht, beim ersten Shooting bist du sonst abgelenkt. Komm allein, Samstag abend passt am besten. "
     "Und erzähl noch nicht überall davon, die Kampagne ist noch geheim 🤫", 2)])

add("de", 0, ["job_offer", "money_gifts_debt", "travel_meet"],
    "2026-01-11T07:00:00Z", [
    ("Obsthof Brenner GbR", "öffentlich",
     "Erntehelfer:innen für die Spargel- und Erdbeersaison 2026 gesucht 🌱🍓\n"
     "Obsthof Brenner, Beispielweg 4, Niedersachsen\n"
     "• Zeitraum April bis Juli, Arbeitsvertrag in deiner Sprache (DE/PL/RO/UA) vor Arbeitsbeginn\n"
     "• Bezahlung mindestens gesetzlicher Mindestlohn, Stundenzettel, Lohn aufs eigene Konto\n"
     "• Unterkunft im Wohncontainer auf dem Hof, Kosten pro Tag stehen im Vertrag\n"
     "• Sozialversicherung und Krankenversicherung inklusive\n"
     "• Deinen Ausweis/Pass behältst du selbst\n"
     "Männer und Frauen willkommen. Bewerbung per Mail über example.com/ernte oder Telefon 555-0129. "
     "Unabhängige Beratung zu deinen Rechten gibt's bei den Beratungsstellen für mobile Beschäftigte."),
    ("Ana Popescu", "Kommentar", "Bună ziua, muss ich für die Vermittlung etwas bezahlen? Ein Mann aus meinem Dorf sagt 300 Euro", 140),
    ("Obsthof Brenner GbR", "Antwort",
     "Hallo Ana, nein! Bei uns zahlst du NICHTS für die Stelle. Bitte gib diesem Mann kein Geld und bewirb dich direkt bei uns, "
     "gern auch auf Rumänisch, unsere Vorarbeiterin Elena antwortet dir.", 25)])

add("de", 0, ["job_offer", "romance", "travel_meet", "off_platform", "secrecy"],
    "2026-02-06T09:00:00Z", [
    ("Fachberatungsstelle Lichtblick", "Seite:Fachberatungsstelle Lichtblick",
     "Zu schön, um wahr zu sein? 🤔\n"
     "Immer öfter melden sich junge Frauen bei uns, die über Instagram oder WhatsApp Jobs als 'Hostess', 'Model' oder 'Masseurin' "
     "im Ausland angeboten bekommen haben – oder einen neuen Freund, der plötzlich 'Schulden' hat und Geld braucht.\n"
     "Warnzeichen:\n"
     "➡️ Kein Firmenname, kein Vertrag, alles nur per Messenger\n"
     "➡️ Anreise 'wird vorgestreckt' und soll abgearbeitet werden\n"
     "➡️ Du sollst niemandem davon erzählen\n"
     "➡️ Pass oder Handy sollen abgegeben werden\n"
     "Du bist unsicher? Schreib uns anonym oder ruf an: 555-0161. Wir beraten kostenlos, auch auf Englisch, Rumänisch und Bulgarisch.")])

add("de", 0, ["job_offer", "meeting"],
    "2026-02-24T16:44:00Z", [
    ("Jonas", "Mia", "yo mia, du suchst doch nen minijob oder?"),
    ("Mia", "Jonas", "jaa dringend, warum?", 3),
    ("Jonas", "Mia",
     "das café am marktplatz (Café Lindner) sucht aushilfe für service am wochenende, 538€ basis. "
     "steht auf ihrer website: example.com/cafe-lindner/jobs", 1),
    ("Mia", "Jonas", "ist das seriös? hab neulich so ne komische insta-anfrage für 'hostess' bekommen 🙄", 2),
    ("Jonas", "Mia",
     "ja safe, da arbeitet meine schwester seit 2 jahren, mit vertrag und allem. einfach hingehen und nach frau lindner fragen, "
     "probearbeiten wird bezahlt. und die insta-anfrage meldest du bitte", 4),
    ("Mia", "Jonas", "okay danke dir 🙏 geh morgen nach der schule hin", 2)])

# ---------------------------------------------------------------- NL
add("nl", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform", "secrecy"],
    "2026-01-30T21:21:00Z", [
    ("Gulf Hostess Jobs NL/BE", "uitzendlijst",
     "🔥 MEIDEN GEZOCHT 🔥 voor hostess werk in Dubai 🇦🇪\n"
     "💸 €4.000 - €7.000 per maand, cash\n"
     "✈️ Vlucht + verblijf geregeld, terugbetalen via je loon\n"
     "👠 Geen ervaring nodig, wel spontaan en verzorgd\n"
     "👉 18-24 jaar\n"
     "Stuur 3 foto's (gezicht, full body, zijkant) + leeftijd naar w h a t s a p p 555-0185. "
     "Vertrek binnen 10 dagen. Discreet, niks op socials zetten over de reis 🤫")])

add("nl", 1, ["romance", "money_gifts_debt", "vulnerability", "secrecy", "off_platform", "meeting"],
    "2026-02-12T22:58:14Z", [
    ("rob_zakelijk", "sanne.vdb",
     "Hoi Sanne, sorry voor het onverwachte bericht. Zag dat je in Utrecht studeert. Zware tijden met die huurprijzen he"),
    ("sanne.vdb", "rob_zakelijk", "ehm ken ik jou?", 33),
    ("rob_zakelijk", "sanne.vdb",
     "Nee, ik ben gewoon eerlijk: ik ben een drukke zakenman en zoek gezelschap voor etentjes en af en toe een weekendje weg. "
     "Daar staat een flinke maandelijkse vergoeding tegenover, €1.500 of meer. Je studieschuld is dan zo weg.", 2),
    ("sanne.vdb", "rob_zakelijk", "en wat moet ik daar precies voor doen", 8),
    ("rob_zakelijk", "sanne.vdb",
     "Dat bespreken we rustig bij een eerste kennismaking, vrijdag in een hotel lobby in Amsterdam, ik betaal je treinkaartje. "
     "Wel graag discreet, je ouders en huisgenoten hoeven dit niet te weten. Ga je even naar Sign@l? Daar praat ik makkelijker", 1)])

add("nl", 0, ["job_offer", "travel_meet"],
    "2026-01-22T06:30:00Z", [
    ("Regionieuws Oost", "publiek",
     "Drie mannen aangehouden voor mensenhandel: vrouwen gelokt met nepbanen als hostess\n"
     "De politie heeft dinsdag drie mannen aangehouden die ervan worden verdacht jonge vrouwen te hebben geronseld met valse vacatures "
     "voor 'hostesswerk' in het buitenland. Volgens het Openbaar Ministerie werden de vacatures verspreid via Telegram en WhatsApp-groepen. "
     "De vrouwen zouden na aankomst te horen hebben gekregen dat ze een schuld voor reis en verblijf moesten afbetalen. "
     "Slachtoffers kunnen contact opnemen met een hulporganisatie via 555-0178. De verdachten worden vrijdag voorgeleid.")])

add("nl", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2026-02-19T10:00:00Z", [
    ("Au Pair Bureau Tulp", "pagina:Au Pair Bureau Tulp",
     "Au pair worden in Nederland? 🌷 Zo werkt het bij ons:\n"
     "✔️ Wij zijn door de IND erkend referent voor uitwisseling\n"
     "✔️ Maximaal 30 uur per week lichte huishoudelijke taken en oppassen, 2 vrije dagen per week\n"
     "✔️ Zakgeld volgens de regels, eigen kamer, verzekering geregeld door het gastgezin\n"
     "✔️ Eerst videogesprekken met het gastgezin, pas daarna een match\n"
     "✔️ Je paspoort houd je altijd zelf, en je krijgt een contactpersoon bij ons bureau die je maandelijks spreekt\n"
     "Kosten staan op example.com/kosten. Bel gerust met vragen: 555-0114 (ma-vr)"),
    ("Maria Santos", "reactie", "Hello, I am from Philippines, 22 years old. Can the family pay my ticket and I pay back from pocket money?", 210),
    ("Au Pair Bureau Tulp", "reactie",
     "Hi Maria! Nee, dat doen we niet: het gastgezin betaalt de reis en mag dat nooit van je zakgeld aftrekken. "
     "If anyone offers you that deal, please be careful. Send us a message and we explain the full procedure 🙂", 48)])

# ---------------------------------------------------------------- build
DEFAULT_GAPS = [2, 1, 4, 3, 1, 6, 2, 5]
ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
           "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
           "age_probe", "compliments_trust", "risk_assessment", "exclusivity",
           "photo_request", "sexual_talk", "meeting"}


def build():
    rng = random.Random(62)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    counters = {}
    out = []
    for idx in order:
        lang, label, codes, start, msgs = ITEMS[idx]
        assert set(codes) <= ALLOWED, codes
        counters[lang] = counters.get(lang, 0) + 1
        t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
        messages = []
        for i, m in enumerate(msgs):
            sender, recipient, text = m[0], m[1], m[2]
            if i > 0:
                gap = m[3] if len(m) > 3 else DEFAULT_GAPS[i % len(DEFAULT_GAPS)]
                # seconds jitter is deterministic
                t = t + timedelta(minutes=gap, seconds=(17 * i + idx) % 53)
            messages.append({"sender": sender, "recipient": recipient,
                             "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        out.append({"id": "p%s-%s%d" % (NN, lang, counters[lang]), "label": label,
                    "codes": list(codes), "lang": lang, "messages": messages})
    return out


def main():
    items = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%s.jsonl" % NN)
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), path))


if __name__ == "__main__":
    main()
