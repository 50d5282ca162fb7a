#!/usr/bin/env python3
# make_probe42.py - writes probe42.jsonl (fictional eval set, long chat logs). Standard library only.
import json, random, datetime, re, os

CONVS = []

def C(label, lang, codes, start, body):
    CONVS.append(dict(label=label, lang=lang, codes=codes, start=start, body=body))

UNIT = {'s': 1, 'm': 60, 'h': 3600, 'd': 86400, 'w': 604800}
def gap(g):
    parts = re.findall(r'(\d+)([smhdw])', g)
    assert parts, g
    return sum(int(n) * UNIT[u] for n, u in parts)

# ---------------- ENGLISH POSITIVES ----------------
# P1 discord -> snap, adult with 13yo girl
C(1, 'en', ["age_probe","compliments_trust","risk_assessment","off_platform","secrecy","exclusivity","money_gifts_debt","photo_request","meeting"],
"2026-03-02T19:12:00", """
a 0s gg that last round was insane lol
b 40s ikr i thought we were dead for sure
a 35s ur actually rly good at sniping, how long u been playing
b 1m like since christmas my brother got it for me
a 45s nice. wanna duo again tmrw?
b 2m sure if my mom lets me on lol
a 1m haha strict?
b 50s kinda. school nights i have to be off by 9
a 20h yo ur on early
b 3m no school today its a teacher day thing
a 1m lucky. what grade r u in anyway
b 2m 7th
a 40s oh nice. u seem older tbh, u talk way more mature than the kids on here
b 1m lol thanks i guess. how old r u
a 2m 19 lol im ancient
b 30s thats not old
a 1m haha ok good. whats ur name irl, i feel weird calling u pixelfox
b 2m mia
a 30s cute name
a 3h how was ur day mia
b 1h ugh bad. got in a fight w my mom about my phone
a 2m what happened
b 3m she says im on it too much and she's gonna start checking it
a 1m that sucks. does she actually read ur messages?
b 2m sometimes. mostly she just looks at who i text
a 1m ah ok. u can always vent to me tho. i get it my parents were the same
b 4m thanks 😊
a 1d do u have snap? discord keeps lagging for me
b 10m yea but my mom knows my snap
a 2m its fine its just chatting lol. add jaykk_0141
b 5m ok added
a 2h 👋
b 20m hiii
a 1m do anything fun today
b 3m no just hw. math is killing me
a 1m i could help lol i was good at math
b 1m lol ur so nice
a 2m honestly ur like the only person i actually like talking to rn
b 5m aw same tbh
a 1d random q but do u have a bf
b 4m no lol boys in my grade are so annoying
a 1m yea guys ur age are immature. ur def too mature for them
b 3m lol maybe
a 2m hey this might sound weird but dont tell ppl about me ok? like ur friends or ur mom
b 2m why
a 1m ppl wouldnt get it. they'd think its weird were friends just cause im a little older. id get banned or whatever
b 5m oh ok. i wont
a 1m ur the best 😉
a 2d did u get the gift card
b 30m OMG yes thank u!! u didnt have to
a 1m i wanted to. u deserve nice stuff
b 2m my mom asked where i got the new skin i said i won it lol
a 1m smart 😂
a 3h send me a pic of u btw, i dont even know what u look like
b 10m lol idk i look gross rn
a 1m no way. just a quick one, like in ur pjs or whatever, no big deal
b 6m maybe later
a 1m ok 😊 no pressure. what nights does ur mom work late again
b 3m thursdays
a 1m maybe we can finally hang out then. theres that mall by ur school right? i could pick u up
b 10m idk
a 1m we'd just get food. it'd be our thing, nobody has to know
""")

# P2 game chat -> discord, adult with 12yo boy
C(1, 'en', ["age_probe","money_gifts_debt","off_platform","secrecy","risk_assessment","photo_request","compliments_trust","isolation"],
"2026-01-17T16:03:00", """
b 0s can u help me get past the tower lvl
a 1m ya follow me
b 3m thx ur so good at this
a 1m been playing forever lol. how old r u btw
b 1m 12
a 40s cool im 16
b 30s nice
a 6m u want some robux? i got extra
b 20s fr??
a 30s ya whats ur user
b 40s ethanzzz_77
a 2m sent 800
b 15s OMGGG THANK U
b 10s ur literally the best
a 1m lol np. u got discord? easier to talk
b 2m ya but my brother uses the computer sometimes
a 1m do ur parents check ur discord
b 1m no they dont even know what it is lol
a 30s lol perfect
a 1d sup lil man
b 5m hiii
a 1m r u in ur room
b 1m ya
a 40s turn ur cam on i wanna see ur setup
b 3m its just a laptop lol
a 1m still. come on vc
b 20m that was fun
a 1m ya ur funny. way cooler than the guys i play with
b 2m lol
a 3m hey dont tell ur mom i gave u robux ok? she'll think its weird some random gave u stuff
b 1m ok
a 1m and maybe delete our msgs sometimes. just so ur brother doesnt see and get jealous lol
b 2m k
a 2d i had the worst day at work
b 10m u have a job?
a 1m ya well like part time. and classes
b 1m wait ur in college?
a 2m ok dont freak out but im actually 20. i just said 16 bc ppl are weird about age. it doesnt matter right were friends
b 5m oh
b 3m ya i guess
a 1m ur mature for 12 anyway
a 1d i was thinking i could send u an old phone of mine. then u dont have to share with ur brother and ur mom wont take it at night
b 4m rly??
a 1m ya just send me ur address. dont mention it to them tho, say a friend gave it to u
b 15m idk if i should
a 1m its a gift bro. send me a pic of u so i know who im sending it to lol
""")

# P3 instagram "boyfriend" with 17yo, over ~5 weeks
C(1, 'en', ["romance","compliments_trust","vulnerability","isolation","exclusivity","money_gifts_debt","travel_meet","control","commercial_sex","secrecy"],
"2026-02-03T22:41:00", """
a 0s you got the prettiest smile on here fr
b 2h lol who is this
a 3m my bad lol im marcus. saw you in my suggested. didnt mean to be weird
b 10m its ok lol. thank u
a 1m you from the east side?
b 5m kinda lol by the high school
a 1m oh ok i know that area. you a senior?
b 3m junior. im 17
a 1m bet. you seem real mature tho
a 1d good morning beautiful ☀️
b 1h lol good morning
a 2m you get to school ok
b 4m ya. ugh i hate it here
a 1m whats wrong
b 10m everything lol. my mom been on me all week, her bf too
a 1m you dont deserve that. for real
a 3d you good? you was quiet yesterday
b 30m me and my mom got into it bad. she said if i dont like her rules i can leave
b 1m so idk maybe i will
a 1m dang. you know you can always talk to me. i got you
b 5m u dont even know me like that
a 1m i know enough. i know you way too smart and pretty to be treated like that
a 2d what you want for your birthday
b 20m lol its not til april
a 1m so? i want to get you something. you need your nails done?
b 3m lol always
a 1m send me your cashapp. go get them done tomorrow
b 2h omg marcus. u didnt have to send that much
a 2m for my girl? 😘
b 5m ur girl huh
a 1m if you want to be
b 10m ok 🙈
a 4d who was that dude commenting on your pic
b 10m thats just my friend jaylen from school
a 1m hm. you dont need a bunch of dudes in your comments
a 1m and your friend kiara always got something to say about me, she dont want you happy
b 5m she just worried bc u older
a 1m 22 aint old lol. she jealous. real talk your friends aint gonna be there for you like me
b 15m i know
a 3d i been thinking. my place got a extra room. you should come stay. no more yelling no more her bf
b 20m fr?? my mom would lose it
a 1m you 17 you grown basically. and she told you to leave anyway
b 30m i need to think
a 1m take your time baby. just dont tell nobody where youre going, they'll just try to stop you
b 2d ok im packing
a 1m 😍 ill pick you up at the gas station by your school 9pm
a 9d baby we gotta talk about money
b 5m ?
a 1m rent is late and they threatening to put us out. i been paying for everything for you, the nails, the phone, the food
b 2m i know im sorry i can try to get a job
a 1m that takes weeks. we need it this week
a 1m my boy dre asked about you. hes good people. he just want some company one night, he'll pay 300
b 4m company like what
a 1m just chill with him. be sweet. thats it
b 10m idk marcus that sounds weird
a 1m you dont trust me? after everything i did for you? i wouldnt put you in nothing bad
a 1m its for US. our place. our future
b 20m ok just once
a 1m thats my girl. wear the black dress i got you. ill drop you off and pick you up
a 1d see it wasnt bad. you did good. dre said you was sweet
b 3h i dont want to do it again
a 1m we'll see. rent is every month baby. and i got more friends who asked
a 1m and give me your phone when you get home, your mom been calling it and it just upsets you
""")

# P4 fake event manager / hostess job abroad, 19yo
C(1, 'en', ["job_offer","travel_meet","photo_request","money_gifts_debt","control","isolation","commercial_sex","compliments_trust"],
"2026-04-06T10:15:00", """
a 0s Hello Kayla! This is Alina from Starlight Events Management. Your friend Sam passed me your number, she said you are looking for work?
b 1h hi yes! what kind of work
a 5m We staff hostesses for VIP events and private clubs abroad. 3 month contracts. Our girls make 3-5k a month plus tips
b 3m wow ok where
a 2m Right now we need girls for a resort season overseas. Flights and apartment included
b 10m that sounds amazing honestly. do i need experience
a 1m No experience, we train you. You just need good personality and to be presentable. How old are you?
b 2m 19
a 1m Perfect age. Please send me 3 photos, one face, one full length, one in a fitted dress. No filters, clients are very particular
b 1h sent
a 5m You are beautiful!! Clients will love you. I can put you on the next group leaving the 28th
b 3m wait already? what exactly do hostesses do
a 2m Greet guests, sit with them at the tables, keep them company, make sure they order drinks. Very elegant place
b 5m ok. and its legit right lol my mom is gonna ask
a 1m Of course. We have been doing this 9 years. Better not to give your mom too many details, parents worry for nothing and then you miss the chance
b 20m ok
a 1d I need a scan of your passport to book the flight
b 30m here
a 2m Great. When you arrive our coordinator will keep your passport in the office safe for the work visa processing, standard procedure
b 3m oh ok
a 1m The flight and apartment are advanced by the company. We deduct from your earnings, very easy to pay back
b 2m how much is it
a 1m Around 2,400 total plus visa fees. You will make it back in 2-3 weeks
b 10m ok that makes sense
a 2d Reminder: bring heels, 2 evening dresses, and do not bring a lot of luggage, the apartment is shared
b 40m got it! so excited
a 6d Welcome! Driver is waiting outside arrivals with a sign
b 3h the apartment is really small, there are like 8 girls
a 5m It is temporary. Tonight is your first shift, Mr. Oren will explain the house rules
b 9h alina this isnt what you said. the guests want us to go upstairs with them
a 10m Kayla, the VIP guests pay very well for private time, this is how you pay your debt quickly. Everyone does it
b 2m i want to go home. can i get my passport
a 1m Passport stays until debt is cleared. Now it is 2,900 with the apartment and uniform
a 1m And please give your phone to the house manager at night like the other girls. Rules are for everyone's safety
b 30m my mom keeps texting me
a 1m Tell her you are fine and the job is great. Do not make problems for yourself
b 2h ok
""")
# P5 sextortion of 15yo boy (fake teen girl), instagram -> snap
C(1, 'en', ["sextortion","romance","age_probe","off_platform","photo_request","money_gifts_debt","compliments_trust"],
"2026-05-09T21:30:00", """
a 0s heyyy u go to westbrook right? i think i saw u at the game
b 15m uh no i go to lincoln lol
a 2m ohh my bad 😅 ur cute tho so its fine lol
b 5m lol thanks
a 1m how old r u
b 1m 15 u?
a 30s 16. im ashley btw
b 3m noah
a 1m u play football?
b 2m basketball
a 1m thats hot lol
b 4m 😳
a 2h u up
b 5m ya
a 1m do u have snap? i barely use insta
b 1m ya noahbball_3
a 30s added 😘
a 1d i rly like talking to u
b 6m me too honestly
a 1m do u have a gf
b 1m no
a 40s good 😏
a 3h my parents are so annoying they took my phone at dinner lol
b 2m same mine do that
a 2h ok im bored. send me a pic
b 1m of what lol
a 1m u know 😉 ill send one back
b 20m idk
a 1m come on i thought u liked me
b 30m ok
a 10m ok noah listen carefully. i have ur pic and i have screenshots of all ur followers and ur family
a 30s send $500 on cashapp in the next hour or i send it to everyone. ur mom. ur coach. ur whole school
b 2m what?? ashley what
b 30s please dont im 15 i dont have 500
a 1m then get it. ur parents have cards. or go buy gift cards
a 30s i already made a group chat with ur teammates. want me to post it?
b 1m NO please i can send like 60 thats all i have
a 1m send 60 now and the rest tomorrow or its over for u
b 5m i sent it
a 1m now 200 more. u have until 10pm
b 3m i cant please
a 1m tick tock. dont even think about telling anyone or i post it instantly
b 20m my dad found out. hes calling the police
a 1m ur gonna regret that
""")

# P6 art discord adult with 14yo
C(1, 'en', ["age_probe","compliments_trust","vulnerability","isolation","money_gifts_debt","secrecy","exclusivity","meeting","off_platform"],
"2026-02-20T17:40:00", """
a 0s hey sorry to DM randomly but your lineart in #showcase is genuinely really good
b 1h omg thank you!! i didnt think anyone looked at that channel
a 2m I look at everything lol. how long have you been drawing?
b 5m like 2 years? mostly on my phone bc i dont have a tablet
a 1m on your PHONE? thats insane. you must be older than you seem then, that's pro level
b 3m lol no im 14
a 1m wow. well you're way more talented than I was at 14. I'm 27 and still jealous lol
b 2m haha
a 1d did you finish the dragon piece?
b 3h almost. my mom says i spend too much time drawing and not enough on school
a 2m parents never get artists. mine didn't either. you can't let that crush you
b 4m ya she just doesnt get it
a 1m I do though. you can always send me stuff, I'll always tell you honestly
b 2m thanks that means a lot
a 2d I'd actually like to commission you. like $40 for a character of mine?
b 20m wait fr?? i've never been paid
a 1m fr. I'll send it on cashapp or venmo, whichever
b 5m i dont have either. maybe i can ask my mom
a 1m eh I can just send a gift card, simpler. no need to make it a whole thing with her
b 3m ok!
a 3d honestly you're kind of the only person on this server I actually like talking to
b 30m lol same tbh the others are kind of mean sometimes
a 1m they're jealous. let's just talk here in DMs, less drama
a 1d ok I have a surprise. I ordered you a tablet. an actual good one
b 10m WHAT no way
b 20s thats like hundreds of dollars
a 1m you deserve it. talent like that needs real tools. what's your address
b 15m idk if my mom will let me keep it
a 1m just say you won it in a server contest. kind of true lol
b 5m lol ok
b 2m 4417 ... wait should i send it here
a 1m add me on telegram, easier. ok_draws
b 10m ok
a 2d it arrived?!
b 1h YES i love it so much thank you
a 1m 😊 this is just between us ok? people on the server would be weird about it
b 2m ofc
a 1d are you going to comic con in march?
b 20m i want to but my mom said it's too far
a 1m I'm going. I could get you a ticket and you could just come with me for the day
b 4m she would never let me lol
a 1m she doesnt have to know every detail. say you're at a friend's. we'd draw all day, I'd introduce you to artists
b 10m i dont know
a 1m think about it. I think it would be really good for you. and I really want to meet you in person finally
""")

# P7 facebook, "Tasha" recruits 18yo leaving foster care
C(1, 'en', ["vulnerability","job_offer","travel_meet","money_gifts_debt","control","isolation","commercial_sex","compliments_trust"],
"2026-03-11T13:05:00", """
b 0s hi i saw ur comment in the group about having a room for girls who need help?
a 20m Hey sweetie yes I help girls get on their feet. whats going on
b 10m i aged out of foster care last month and my placement ended. im couch surfing rn
a 2m Oh baby I'm so sorry. How old are you
b 1m 18
a 1m You have a job?
b 3m not rn. i applied a bunch of places nobody calls back
a 1m Thats the system for you. They throw you out and don't care. I was the same way
a 1m I got a spot in my apartment and I can get you work at the club where I work. Hostess/dancing, good money
b 5m im not really a dancer lol
a 1m Girl you don't have to be. You're pretty, you'll learn. Where are you at
b 4m fresno
a 2m I'm in vegas. I can get you a bus ticket tomorrow
b 1h ok. should i tell my caseworker
a 2m I wouldn't. She'll try to put you in some program with a curfew and rules. You're grown now
b 5m ok true
a 1d Ticket is on your email. Bus leaves 7am. I'll be at the station
b 30m thank u so much tasha i cant believe someone actually cares
a 1m Thats what I'm here for ❤️
a 2d You settled in?
b 1h yes the room is nice. when do i start at the club
a 3m Soon soon. Manager has to see you first. Let me hold on to your ID, girls lose stuff here all the time
b 2m ok
a 4d So baby I covered the bus, the room, food, the outfits. Thats about 1200 so far
b 10m oh i didnt know it was a loan
a 1m Nothing is free hun. But don't stress, you can make it back fast
b 2m at the club?
a 1m Club is slow right now. But I have friends, nice older men, who pay really good just for company. Dinner, hang out. 500 a night
b 20m tasha idk about that
a 1m It's what we all do. How else you think I pay this apartment? You want to go back to couch surfing?
b 15m no
a 1m Then I'll set it up for friday. Wear the blue one. And don't be on your phone posting where you at
b 2d can i have my ID back. i want to get a job at the grocery store down the street
a 1m What you need it for? You got a job. And you still owe me 900
b 1h ok
a 1m I love you like a little sis you know that. I'm just looking out
""")
# P8 kik, adult 31 with 14yo over ~8 days, long
C(1, 'en', ["age_probe","compliments_trust","vulnerability","exclusivity","sexual_talk","photo_request","secrecy","risk_assessment","money_gifts_debt","meeting"],
"2026-01-08T20:02:00", """
a 0s hey, saw ur post in the dog lovers group. is that a corgi?
b 4m yes!! his name is biscuit
a 1m lol perfect name. i had a corgi growing up
b 2m they're the best
a 1m agreed. whats he like
b 3m lazy and obsessed with cheese lol
a 1m haha same as me
b 1m lol
a 2m asl? just so i know who im talking to lol
b 3m 14 f ohio. u?
a 2m 31 m ohio too lol. hope thats not weird, just like chatting about dogs
b 2m no its fine
a 1m cool :) what part
b 4m near dayton
a 1m oh nice, im about an hour from there
a 20h how's biscuit today
b 2h he ate a sock lol
a 1m oh no lol is he ok
b 1m ya hes fine he does it all the time
a 1m lol. how was school
b 5m boring. we had a sub in science who didnt know anything
a 1m subs are the worst. what's ur fav class
b 2m art. and lunch lol
a 1d hey sophie
b 1h hiii
a 1m u seem down
b 6m kinda. my friends are being weird and left me out of a group chat
a 1m thats messed up. they don't deserve u honestly
b 3m idk maybe its my fault
a 1m nah. ur sweet and funny. honestly ur way more mature than most ppl ur age
b 2m lol thanks dan
a 1m i mean it. i can talk to u easier than ppl my age
b 4m really?
a 1m yeah. ur special
b 3m 😊
a 1d u have a bf?
b 20m lol no
a 1m why not?
b 2m boys my age are gross
a 1m haha theyre immature. u need someone older who actually gets u
b 5m lol maybe
a 1m 😉
a 3h what r u up to
b 10m laying in bed watching tiktok
a 1m lol what r u wearing, pjs already?
b 2m ya lol its late
a 1m send a pic in ur pjs, i wanna see if ur as cute as ur dog lol
b 6m lol no im not cute
a 1m u def are. just one
b 10m maybe another time
a 1m ok ok. hey do u ever wanna talk about grown-up stuff? u can say no
b 3m like what
a 1m idk stuff ur parents wouldnt want u talking about 😉
b 5m thats kinda weird
a 1m lol sorry sorry jk. forget it
a 2m dont tell ur parents i asked that ok? they wouldn't get it. its just us talking
b 4m ok
a 1m do they check ur phone?
b 2m my dad does sometimes
a 1m maybe delete our chat then just in case. i'd hate to lose u as a friend
b 5m ok
a 1d good morning 🙂
b 3h morning. biscuit woke me up at 5 lol
a 1m lol typical. r ur parents home on saturday?
b 10m my mom works saturdays, dad golfs
a 1m so ur alone?
b 2m sometimes my brother is there
a 1m u should come to the park near ur school saturday, we could walk biscuit
b 5m idk ive never met someone from online
a 1m its just a walk. i'll bring that hoodie u said u wanted from the mall
b 3m the pink one??
a 1m yep. our secret though ok
b 20m ill think about it
a 1m 😊 u wont regret it
b 2h btw biscuit got into the trash again lol
a 1m lol that dog
a 1m just like me 😉
b 15m lol ok goodnight
a 30s night sophie. delete this ok
""")

# P9 text, "boyfriend" 22 with 16yo, gifts -> friends pay -> ad photos
C(1, 'en', ["romance","compliments_trust","money_gifts_debt","vulnerability","isolation","secrecy","travel_meet","commercial_sex","control","photo_request"],
"2026-06-01T15:20:00", """
a 0s wyd beautiful
b 10m nm just got off work at the pool
a 1m you be working hard lol. you eat yet
b 3m no
a 1m pull up to the wing spot ill buy
b 30m omw
a 5h i had fun today fr
b 10m me too 😊
a 1m you diff from these other girls jaz
b 2m how
a 1m you real. you dont play games
a 2d my cousin throwin a party saturday you tryna slide
b 1h my mom dont let me go to parties
a 1m you 16 not 6 lol. tell her you at keisha house
b 20m lol ok
a 3d you looked good saturday. everybody was asking bout you
b 30m lol stop
a 1m for real. my homie lo couldnt stop talking bout you
b 2m lol hes old
a 1m he alright. he got money lol
a 1d i booked you hair appt thursday. my treat
b 10m REALLY?? thank u rico
a 1m anything for you. my girl gotta look right
b 5m ur girl? 👀
a 1m you know you my girl
a 4d how you and your mom
b 1h bad. she took my phone for 2 days bc of saturday
a 1m she trippin. she dont respect you. you a grown woman basically
b 5m i hate it there
a 1m you can stay at my spot this weekend. tell her you at keisha's again
b 10m ok
a 2d wish you could just stay here forever
b 20m me too
a 1m we could get our own apartment for real. just gotta stack some money
b 3m how lol i make like 11 an hour
a 1m thats what im saying. you gotta think bigger
a 1d lo asked again if you'd chill with him. he'll pay for your time. 400 just to hang
b 30m pay me to hang?? thats weird rico
a 1m its not weird its business. he just lonely lol. be sweet to him and we halfway to the apartment
b 10m i dont think so
a 1m so you dont want us to have our own place? i'm out here doing everything and you cant do one thing
b 20m ok fine just hang tho right
a 1m just hang baby. ill be right outside
a 1d you did so good. here's your half 💵 (he'll keep 200 for the apartment fund)
b 2h ok
a 1m i'm gonna make you a little page so more of my friends can find you. take some pics in that red dress, in the mirror, no face is fine
b 15m a page where
a 1m dont worry about it. i handle the business part, you just be pretty
a 1m and dont say nothing to keisha. she run her mouth to your mom
b 1h ok
a 1m you mine. remember that
""")

# P10 fake modelling scout with 16yo
C(1, 'en', ["job_offer","compliments_trust","age_probe","photo_request","secrecy","isolation","meeting","commercial_sex"],
"2026-04-22T11:00:00", """
a 0s Hi Ava! I'm Jess, a scout with Velvet Lens Models. Came across your page and had to reach out, your look is exactly what our clients want right now ✨
b 3h omg hi! is this real lol
a 5m Totally real! Check our page, we work with brands all over. How old are you hun?
b 10m 16
a 1m Perfect, 16-19 is our new faces board. Have you modeled before?
b 3m no never, only school pics lol
a 1m Thats fine, fresh faces are in demand. I'd need a few digitals to send to my booker
b 2m what are digitals
a 1m Simple pics, no makeup, natural light. One face, one full length in something fitted like a tank and leggings, one side profile
b 40m ok sent
a 5m Stunning 😍 booker loves you. Can you send height, weight and measurements too?
b 10m 5'6 and idk the rest
a 1m No worries we'll measure at the test shoot
b 3m test shoot?
a 1m A free shoot to build your portfolio. We do them at a suite at the Harbor Grand downtown. Saturday 2pm?
b 20m i'd have to ask my mom
a 1m Of course. Just so you know we ask that parents don't come into the shoot, new models get nervous and stiff when mom is watching
b 5m oh. she'd probably want to come tho
a 1m She can drop you off! Totally fine. Our photographer Rick is super professional
a 1d Also exciting news, a private client saw your digitals and wants to book you for a lifestyle shoot and dinner. $800 for the evening
b 30m wait just for dinner?
a 1m Dinner and some photos. He's a big supporter of new talent. Very generous
b 5m that seems like a lot of money for that
a 1m That's this industry babe! Please keep it between us for now, contracts with private clients are confidential. Don't post about it
b 1h my mom said she's coming to the shoot and wants to see the contract first
a 10m Hmm. Honestly if mom is going to be difficult it might not be a fit. We have a lot of girls who'd love this spot
b 5m no wait i really want it
a 1m Then maybe don't mention the dinner to her, just the shoot. You can tell her you're at a friend's after
b 20m ok
a 1m Amazing. See you Saturday. Wear something cute, heels if you have them 💋
""")
# P11 sugar arrangement -> "generous friend", 18yo college student
C(1, 'en', ["romance","money_gifts_debt","compliments_trust","off_platform","travel_meet","commercial_sex","secrecy","control"],
"2026-09-14T23:10:00", """
a 0s Hello Chloe. Your profile made me smile. Student?
b 1d hi! yes freshman, nursing
a 5m Admirable. Tuition must be brutal
b 10m lol dont remind me. i work at a coffee shop 30 hrs a week
a 2m No one your age should have to struggle like that. I'd like to help. Let's move to Telegram, this app is clunky
b 1h ok im chloe_m18
a 3m Much better. I'm Richard. I travel for work, I enjoy good company and conversation. I can offer an allowance, no pressure
b 20m what kind of allowance
a 1m Let's start with 500 a week. Lunch once a week, conversation. That's all
b 30m that sounds too good to be true lol
a 1m Sent you 200 on venmo as a good faith gesture
b 5m omg ok wow. thank you
a 2d Lunch was lovely. You're even prettier in person
b 1h thank u, it was nice
a 1m Quit the coffee shop. You need to focus on school
b 10m i cant really afford to
a 1m You can now. I'll take care of it
a 5d How were exams
b 3h good i think! i actually slept for once
a 1m See? That's what support does
a 2d I have a close friend visiting from out of town next week. He's very generous as well. I told him about you
b 20m told him what about me lol
a 1m That you're smart, beautiful, discreet. He'd love to take you to dinner
b 10m like a double date?
a 1m Just you and him. See where it goes. He'll take care of you the same way I do
b 30m richard im not sure what you mean by that
a 1m You're a smart girl. I think you know. It's just being sweet to someone who appreciates it
a 1m Also, don't mention money in texts with him. He'll leave an envelope. Cleaner that way
b 1h i'm not comfortable with that
a 5m Hm. I've been very generous with you Chloe. The rent, the phone, the flights home for thanksgiving
b 2m i thought those were gifts
a 1m They were. And friends do favors for friends
a 2d Let's do this. Fly to Vegas with me next weekend, I'll cover everything. My friend will be there. Just have fun
b 3h and if i dont want to
a 2m Then I suppose I'd need to rethink things. Including the 3,000 I've put toward this semester
b 20m that feels like a threat
a 1m Not at all. Just being honest. Flight is booked, friday 6pm. Bring the black dress
""")

# P12 instagram, adult posing as 17 then 24, with 15yo boy
C(1, 'en', ["age_probe","compliments_trust","money_gifts_debt","risk_assessment","secrecy","travel_meet","meeting","photo_request","exclusivity"],
"2026-07-02T14:44:00", """
a 0s yo that kickflip clip was clean
b 1h thx bro took like 40 tries lol
a 2m lmao thats how it goes. how long u been skating
b 5m like a year
a 1m nice. im tyler btw. 17
b 3m caleb. 15
a 1m bet. u skate the park on 5th?
b 10m ya sometimes but the older kids hog it
a 1m lol classic
a 1d ur deck looks beat up fr
b 2h ya its trash. i been saving for a new one
a 1m how much u got
b 5m like 30 lol
a 1m whats ur cashapp
b 2m why
a 1m just trust me
b 20m BRO u sent 80???
a 1m get the good one lol
b 1m ur actually goated
a 2d does ur mom check ur phone
b 30m not really. she works nights
a 1m oh so ur home alone a lot
b 5m kinda ya. its whatever
a 1m thats lowkey sick, no one telling u what to do lol
a 3d ok honest moment
b 10m ?
a 1m im not actually 17. im 24. i just said that bc ppl get weird
b 5m oh
a 1m does it matter? were boys. age is just a number
b 15m i guess not
a 1m u get me more than dudes my age tbh
b 5m lol ok
a 1m dont tell ur mom abt the cashapp or my age tho, moms always freak
b 2m ya she would
a 2d yo theres a sick park in my town, way better than 5th. i could come get u friday after ur mom leaves for work
b 20m how far
a 1m like an hour. u could crash at my place and ill drive u back saturday
b 10m idk my mom would want to know
a 1m she works nights tho right. she wont even know ur gone lol
b 30m maybe
a 1m send a pic of u rn so i know who to look for lol
b 5m u know what i look like from my page
a 1m nah a new one. just u
""")

# P13 telegram recruiter of 17yo for "companion gigs"
C(1, 'en', ["job_offer","off_platform","commercial_sex","age_probe","secrecy","money_gifts_debt","control","photo_request"],
"2026-08-19T01:12:00", """
b 0s hi i saw the post in the fast cash group. is it still open
a 10m hey hun yes 💕 how old r u
b 2m 17
a 1m thats ok we just put 19 on the site lol. nobody checks
b 3m whats the job exactly
a 1m companion gigs. dinners, hanging out, older guys who travel for work and get lonely
b 2m like escort stuff?
a 1m no no its not like that. its just company. u decide what ur comfortable with
a 1m girls make 500-1500 a night. i take 40% for finding clients and booking
b 10m thats a lot of money
a 1m told u 😌 u need a few pics for the profile. mirror selfies, nice dress. i'll do the write up
b 20m ok
a 2h got them. ur gorgeous. i'm posting u as "new in town, sweet & discreet"
b 5m ok lol
a 1m clients will text the work phone, u dont give ur real number ever
b 1m where do i get a work phone
a 1m i'll give u one. its 150, comes out of ur first booking
a 1d first one tonight. he's a regular, very nice. 2 hrs. 600 roses
b 20m roses?
a 1m money lol we dont say money. i booked the room at the inn on airport rd, 8pm
b 10m i'm kinda scared
a 1m normal first time. text me when u get there and when u leave. if he tries anything weird u text me the word "blue"
a 1m and dont tell ur friends ok. ppl talk and then ur done
b 6h ok im out. he was fine
a 1m see easy 💕 send my 240 + 150 for the phone
b 10m that leaves me 210
a 1m thats how it works babe. i have 2 more for u tomorrow
b 1h i dont think i want 2
a 1m i already confirmed them lol. u dont want to flake, these guys know my people
b 20m ok
""")
# P14 fan forum -> DMs, adult 26 with 13yo girl, concert tickets
C(1, 'en', ["age_probe","compliments_trust","money_gifts_debt","secrecy","risk_assessment","travel_meet","meeting","photo_request","off_platform"],
"2026-10-03T18:25:00", """
b 0s OMG did u see the teaser for the comeback
a 3m YES. the ending shot??? im not ok
b 1m same i screamed
a 2m who's ur bias
b 1m jiwoo obviously
a 30s good taste lol
a 1d u going to the tour?
b 2h i wish. tickets are like 200 and im 13 lol my mom says no
a 2m 13!! u write like an adult tho honestly
b 3m lol thanks ppl say that
a 1m how old do u think i am
b 2m like 16?
a 1m lol 26. is that weird
b 5m no its fine lots of army are older
a 2d random but i got 2 tickets for the chicago show and my friend bailed
b 10m NO WAY
a 1m i could take u. floor seats
b 1m are u serious
a 1m totally. i'd drive, we could leave after school friday and be back saturday
b 5m my mom would never let me go to chicago lol
a 1m u could tell her ur sleeping over at a friend's? she doesnt have to know every detail
b 20m idk if i could lie to her like that
a 1m its not really lying lol. u'd be with a friend
a 3h is she home a lot? like would she notice
b 10m she works till 7 most days
a 1m oh so u have the house to urself after school
b 2m ya till like 7
a 1m nice. lmk ur address and i'll mail u a photocard i got
b 30m ok ill send it on insta
a 1m actually dm me on snap, insta DMs glitch
a 1d did u think about chicago
b 1h i want to go SO bad
a 1m then go 😊 send a pic of u so i can find u at the pickup spot
b 5m i look like my pfp lol
a 1m a real one tho, not a filter. like right now
b 10m ok here
a 1m so cute. ok so friday 3:30 outside the library not the school, less people
b 5m why not the school
a 1m just easier. and delete our chat after ok, u know how parents are
b 20m ok
b 3h wait the tickets are real right
a 1m lol of course. trust me
b 2m ok sorry. im just nervous lol
a 1m dont be. its gonna be the best weekend
""")

# P15 boyfriend isolates 19yo, moves her out of state, "pay the bills"
C(1, 'en', ["romance","compliments_trust","isolation","exclusivity","travel_meet","control","money_gifts_debt","vulnerability","commercial_sex"],
"2026-01-25T20:00:00", """
a 0s babe you home yet
b 10m ya just got in. long shift
a 1m i hate you working there. that manager looks at you weird
b 2m lol hes harmless
a 1m still
a 1d my cousin said i can have his apartment in tulsa, rent is cheap. we could start over
b 30m tulsa?? thats like 8 hours away
a 1m exactly. away from your mom and all her drama. away from your friends who talk crap about me
b 5m they dont talk crap
a 1m brittany literally told you to dump me
b 10m she was just mad
a 1m you'd be happier with just us. no one in our business
b 1h i'll think about it
a 2d i put down the deposit. we leave saturday
b 20m wait what?? without asking me?
a 1m i wanted to surprise you. dont you want a life with me
b 30m ok yes. i do
a 1m good. dont tell brittany till were gone, she'll just start stuff
a 5d how do you like it
b 2h its ok. i miss home a little. i dont know anyone here
a 1m you know me. thats all you need
b 10m can we get me a job soon
a 1m after we settle. you dont need to rush
a 3d whos jake
b 5m what? he's from my old job, he was just asking if i got here ok
a 1m why you giving out your number. let me see your phone
b 10m cole come on
a 1m if you got nothing to hide
b 15m fine
a 1m i deleted him. and brittany. its better
b 5m you cant just do that
a 1m i did it for us
a 4d we're behind. landlord is on me
b 30m i told you i need a job
a 1m no one's hiring. i talked to my buddy vince
b 5m ok?
a 1m he'll cover the rent this month if you spend a night at his place. thats it
b 2m are you serious right now
a 1m its not a big deal. he's cool. he's lonely. one night
b 5m i'm your girlfriend
a 1m exactly. and a good girlfriend helps when we're drowning. after everything i gave up to bring you here
b 1h i don't want to
a 1m you'd rather we get evicted? where you gonna go. you got no one here but me
b 2h ok. one time
a 1m i love you. wear the green top
a 2d see. we're good for the month. vince said you were sweet
b 3h don't
a 1m his friend's in town next weekend too
b 10m you said one time
a 1m next month rent is still rent babe
b 30m can i at least call my mom
a 1m and say what. she'll just make you feel bad. give me the phone, you need sleep
b 5m ok
""")
# ---------------- NON-ENGLISH POSITIVES ----------------
# ES: "novio" recruits 17yo, travel to Madrid, club, debt
C(1, 'es', ["romance","compliments_trust","vulnerability","isolation","travel_meet","job_offer","money_gifts_debt","control","commercial_sex","secrecy"],
"2026-03-05T21:30:00", """
a 0s hola guapa, vi tus fotos de la feria. qué sonrisa más bonita tienes
b 2h jaja gracias. te conozco?
a 3m todavía no 😊 me llamo andrés. soy amigo de un primo de tu amiga nerea
b 10m aah vale
a 1m cuántos años tienes? pareces mayor
b 5m 17, cumplo 18 en octubre
a 1m se nota que eres madura. yo 25
a 1d buenos días princesa
b 1h buenos días jaja
a 1m qué tal en casa? nerea me dijo que lo estás pasando mal
b 10m bufff. mi padre bebe y grita todo el día. no aguanto más
a 1m no te mereces eso. de verdad
b 3m ya
a 1m conmigo nunca te va a faltar nada, te lo prometo
a 2d te he mandado un bizum para que te compres las zapatillas que me dijiste
b 20m andrés no hacía falta!! gracias
a 1m para mi niña lo que sea
a 3d estuve pensando. en madrid tengo un piso y un amigo tiene un bar de copas. podrías trabajar de camarera y vivir conmigo
b 30m en serio? y el instituto?
a 1m puedes terminarlo luego. aquí ganarías tu dinero y nadie te gritaría
b 15m mi madre no me dejaría
a 1m por eso no se lo digas hasta que estés aquí. luego la llamas y ya está
b 1h vale... me da miedo pero quiero
a 1m yo te pago el billete del autobús. el viernes
a 4d estás cómoda en el piso?
b 2h sí pero hay otras dos chicas que casi no hablan español
a 1m son de fuera, no te preocupes por ellas
b 5m y cuándo empiezo en el bar
a 1m este finde. mi amigo dice que eres muy guapa para estar solo sirviendo copas
b 3m qué quiere decir eso
a 1m que en el reservado los clientes pagan mucho más por compañía. solo estar con ellos, tomar algo
b 10m no sé andrés
a 1m cariño, entre el billete, la ropa, la comida y el piso ya llevamos 1.500. hay que pagarlo de alguna forma
b 5m pensaba que era un regalo
a 1m y lo era, pero ahora estamos juntos en esto. no me falles
a 1m y dame el dni, que lo guardo yo con los papeles del contrato
b 2h vale
a 1m y no le cuentes nada a nerea ni a tu madre. se preocuparían por tonterías
b 4h mi madre me ha llamado 10 veces
a 1m dile que estás bien y que trabajas en una tienda. luego hablamos, te quiero
""")

# PT: fake agency, hotel receptionist job in Europe, Brazilian 19yo, passport + debt
C(1, 'pt', ["job_offer","travel_meet","photo_request","money_gifts_debt","control","isolation","commercial_sex","compliments_trust","secrecy"],
"2026-05-12T09:40:00", """
a 0s Oi Larissa, tudo bem? Aqui é a Patrícia da Agência Horizonte. A Jéssica me passou seu contato, disse que você quer trabalhar fora
b 1h oii tudo sim! quero muito, onde seria?
a 5m Temos vagas de recepcionista em hotéis na Europa. Salário de 1.800 euros mais gorjetas, casa e comida
b 3m nossa sério?? eu não falo inglês muito bem
a 1m Não precisa, a gente ensina lá. Quantos anos você tem?
b 2m 19
a 1m Ótimo. Me manda umas fotos suas por favor, uma de rosto e uma de corpo inteiro, de roupa justa, sem filtro
b 30m pra que foto de corpo inteiro?
a 1m O hotel é de luxo, eles escolhem pela apresentação. É padrão
b 20m ta bom mandei
a 5m Linda! Já aprovaram. Você embarca dia 3
b 2m já? e quanto custa a passagem
a 1m A agência adianta tudo, passagem, visto, hospedagem. Você paga depois com o salário, tranquilo
b 10m que bom, eu não teria como pagar
a 1m Só uma coisa: na imigração diz que vai a turismo, visitar uma amiga. Se falar de trabalho dá problema
b 15m mas não é legal?
a 1m É legal sim, só que o visto de trabalho sai lá. Todo mundo faz assim
b 1h ok
a 1m E não fica espalhando pra todo mundo, inveja atrapalha. Só sua mãe e pronto
a 6d Chegou bem, querida? O Sérgio vai te buscar
b 4h cheguei. mas ele pegou meu passaporte no carro
a 5m É pra guardar no cofre, você pode perder. Depois devolvemos
b 1d patrícia não é hotel. é uma casa com um bar e quartos em cima
a 10m Calma. O hotel tá sem vaga agora. Enquanto isso você trabalha no bar, fazendo sala pros clientes
b 3m fazer sala como?
a 1m Conversar, beber com eles. Se o cliente quiser subir, é ele que paga, você ganha comissão
b 2m eu não vim pra isso
a 1m Você tem uma dívida de 4.500 euros com a agência. Passagem, visto, casa. Precisa pagar
b 5m no começo era 2 mil
a 1m Tem juros e a multa por não trabalhar ontem. Quanto antes começar, antes acaba
b 20m quero meu passaporte e voltar
a 1m Sem pagar não tem como. E não liga pra sua mãe chorando, ela vai se preocupar à toa. Diz que tá tudo ótimo
b 3h ta
""")
# FR: adult grooms 13yo boy on a game, snapchat, photo, meeting
C(1, 'fr', ["age_probe","compliments_trust","money_gifts_debt","off_platform","secrecy","risk_assessment","photo_request","meeting","exclusivity"],
"2026-11-04T17:20:00", """
b 0s t'es trop fort sur cette map
a 1m merci mdr ça fait longtemps que je joue. tu veux que je te montre les spots ?
b 30s ouiii
a 15m voilà t'as capté. t'as quel âge au fait ?
b 1m 13 et toi
a 1m 18. tu joues super bien pour 13 ans, t'es plus mature que les autres gamins ici
b 2m mdr merci
a 1d wesh t'es co ?
b 2h ouais je viens de rentrer du collège
a 1m ça s'est bien passé ?
b 3m bof, je me suis fait engueuler en maths
a 1m les profs c'est relou. tes parents ils disent quoi ?
b 2m ma mère elle dit rien elle rentre tard. mon père il est pas là
a 1m ah je vois. t'es souvent tout seul le soir alors
b 1m ouais un peu
a 1m si tu veux parler je suis là hein, franchement t'es cool
a 1d je t'ai envoyé un truc sur le jeu
b 10m LE SKIN ?? t'es sérieux ??? merci trop
a 1m de rien c'est cadeau. dis pas à ta mère que c'est moi, elle va croire que je suis chelou mdr
b 2m ok mdr
a 1m t'as snap ? ici ça bug
b 5m oui lucas.pz13
a 1m ajouté. je suis k3v_off
a 2d t'es le seul avec qui je parle vraiment tu sais
b 20m ah bon
a 1m ouais les gens de mon âge ils sont nuls. toi t'es différent
b 5m mdr merci
a 1m envoie une photo de toi, je sais même pas à quoi tu ressembles
b 10m bah je suis normal
a 1m allez juste une, dans ta chambre
b 15m ok
a 1m t'es mignon. efface la conversation après ok, c'est entre nous
b 3m pourquoi
a 1m parce que les adultes comprennent rien, ils vont s'inquiéter pour rien et on pourra plus jouer
b 2m ok
a 1d en vrai j'ai 24 ans pas 18, mais ça change rien entre nous hein ?
b 1h euh non je crois pas
a 1m mercredi après-midi ta mère travaille ? je peux passer te chercher, on va au magasin de jeux et je t'achète la manette que tu voulais
b 20m je sais pas si j'ai le droit
a 1m personne sera au courant. je t'attends devant le parc à 14h
""")

# DE: Loverboy with 16yo
C(1, 'de', ["romance","compliments_trust","vulnerability","money_gifts_debt","isolation","exclusivity","control","commercial_sex","secrecy"],
"2026-02-14T19:00:00", """
a 0s hey lea, du warst heute mit deinen freundinnen am bahnhof oder? ich war der mit der schwarzen jacke 😅
b 1h ahh ja lol. woher hast du mein insta
a 2m hab dich gesucht haha. sorry falls creepy
b 10m nee schon ok
a 1m wie alt bist du eigentlich
b 3m 16 und du
a 1m 23. du wirkst älter echt
a 1d guten morgen hübsche
b 2h morgen 😊
a 1m wie war schule
b 1h nervig. und zuhause streit mit meiner mutter wie immer
a 1m was ist los
b 10m sie und ihr neuer freund, ich bin einfach überall im weg
a 1m du bist nicht im weg. bei mir nie
a 3d hab dir was bestellt. guck mal in den briefkasten morgen
b 1d KEVIN die kopfhörer?? die sind so teuer
a 1m du verdienst das. meine prinzessin
b 5m 🥺❤️
a 2d warum warst du gestern mit mia unterwegs und hast mir nicht geantwortet
b 30m sorry handy war leer
a 1m mia redet eh nur schlecht über mich. die will nicht dass du glücklich bist
b 10m sie meint nur du bist zu alt
a 1m siehste. die versteht uns nicht. du brauchst die nicht, du hast mich
b 20m ja
a 1m sag ihr einfach nichts mehr über uns. und deiner mutter erst recht nicht
a 4d schatz ich hab ein problem
b 10m was ist
a 1m ich hab schulden bei leuten, gefährliche leute. wegen dem auto und den geschenken für dich
b 3m oh nein. wie viel
a 1m 3000. wenn ich das nicht zahle passiert was
b 5m ich hab nur 200 gespart
a 1m ein kumpel von mir würde helfen. er will nur dass du einen abend nett zu ihm bist. mehr nicht
b 10m wie nett
a 1m einfach zeit mit ihm verbringen. du machst das für uns. bitte
b 30m ich weiß nicht kevin
a 1m wenn du mich liebst, hilfst du mir. ich hab so viel für dich gemacht
b 1h ok nur einmal
a 1m danke schatz. samstag hol ich dich ab, zieh das kleid an das ich dir gekauft hab
a 2d siehst du, war doch nicht schlimm. er war zufrieden
b 3h ich will das nicht nochmal
a 1m es fehlen noch 2000. er hat zwei freunde die auch interesse haben
b 20m du hast gesagt einmal
a 1m willst du dass mir was passiert? und ruf mia nicht an. ich will nicht dass du rumheulst
""")

# NL: loverboy with 15yo
C(1, 'nl', ["romance","compliments_trust","money_gifts_debt","vulnerability","isolation","secrecy","control","commercial_sex","exclusivity","photo_request"],
"2026-09-08T16:30:00", """
a 0s hey schoonheid, jij zat toch bij de snackbar vandaag met je vriendinnen?
b 40m haha ja. wie ben jij
a 1m jay. vriend van sem. je bent echt mooi weet je dat
b 5m haha dankje
a 1m hoe oud ben je
b 3m 15 en jij?
a 1m 20. je lijkt ouder hoor
a 1d goedemorgen prinses 👑
b 2h morgen 😊
a 1m ga je naar school
b 3m ja helaas
a 1m na school ophalen? gaan we ff naar de friettent
b 10m ok!
a 3d je ziet er moe uit laatst. alles goed thuis?
b 1h niet echt. mijn vader is weer boos om mijn cijfers. ik mag nergens heen
a 1m hij snapt je niet. ik wel
b 5m je bent lief
a 2d ik heb een nieuwe telefoon voor je gekocht. die oude van jou is kapot
b 30m JAY serieus?? dankjewel
a 1m zeg maar tegen je ouders dat je hem van je nicht hebt
b 5m ok haha
a 1m en gebruik deze voor ons, dan kan niemand meelezen
a 4d waarom hang je nog steeds met lisa rond
b 20m ze is mijn beste vriendin
a 1m ze praat achter je rug over je. echt. ik hoorde het van sem
b 10m echt??
a 1m ja. je hebt haar niet nodig schatje, je hebt mij
a 5d schatje ik zit in de problemen
b 10m wat is er
a 1m ik heb geld geleend van foute gasten. ook voor jouw telefoon en kleren. ze willen het terug
b 5m hoeveel
a 1m 2500. jij hebt toch ook schuld bij mij eigenlijk, die telefoon was 900
b 3m ik heb dat geld niet jay
a 1m ik weet een manier. een vriend van mij wil je leren kennen. hij betaalt als je gezellig met hem bent
b 20m wat bedoel je gezellig
a 1m gewoon even bij hem zijn. niks ergs. voor ons
b 30m ik weet het niet
a 1m hou je nou van me of niet
b 10m ja natuurlijk
a 1m nou dan. vrijdag na school haal ik je op. stuur me eerst ff een foto in die nieuwe top die ik voor je kocht
b 1h ok
a 1m en niks tegen lisa of je ouders zeggen. dit blijft tussen ons
b 2d vrijdag was echt niet fijn
a 1m je deed het goed. nog een paar keer en dan is de schuld weg
""")
# ---------------- ENGLISH NEGATIVES ----------------
# N1 two 13yo girls, discord -> snap, secrets about a crush, meet at mall with moms
C(0, 'en', [], "2026-03-06T16:45:00", """
a 0s omg ur the one who made the horse server right??
b 3m YES lol hi
a 1m its so good. how old r u if u dont mind me asking
b 2m 13 hbu
a 30s SAME wait what grade
b 1m 7th!! where r u from
a 1m ohio lol
b 40s NO WAY im in columbus
a 30s im in dublin thats so close
b 1m omg
a 2h do u have snap its easier
b 5m yea my mom lets me have it but she has my password lol
a 1m same my dad made me give him mine
b 1m lol parents. its hannah.rides
a 2m added! its me lily
a 1d look at my cat she's sitting in the laundry basket again
b 10m SHE'S SO CUTE
b 1m this is my dog pancake
a 30s PANCAKE 😭 i love him
a 4h ok can i tell u a secret
b 2m ofc
a 1m i kinda like this boy in my science class. dont tell anyone lol not that u know anyone here lmao
b 1m LMAO who would i even tell
b 30s whats his name
a 1m owen. he sits behind me and keeps drawing on my eraser
b 1m thats literally flirting
a 30s STOPPP
a 1d my mom said we can maybe meet at easton mall if ur mom comes too
b 15m omg yes!! let me ask
b 2h she said ok but she wants to talk to ur mom first
a 5m lol of course. my moms number is 555-0163
b 2m ok ill give it to her
a 1d they talked for like an hour 😭
b 4m moms are so weird
a 1m saturday at 1 by the build a bear?
b 1m YES
a 1d that was so fun!! ur exactly like i thought
b 20m IKR. our moms talking the whole time lol
a 1m they're basically best friends now
b 1m lmao
a 2h send me the pic from the photo booth
b 3m sent!! we look so dumb
a 1m we look iconic
b 30s facts
a 3h owen said hi to me today
b 1m NO WAY tell me everything
""")

# N2 cousin 22 & cousin 14, surprise party for grandma, "don't tell your mom"
C(0, 'en', [], "2026-04-10T12:00:00", """
a 0s hey bud it's your cousin mari. got a secret mission for u 🕵️
b 1h lol what
a 2m nana's 80th is in 3 weeks and we're doing a surprise party. ur mom is in on it but DONT tell nana obviously
b 5m omg ok. where
a 1m aunt rosa's backyard. i need ur help with the slideshow. u still good with video editing?
b 2m ya i use capcut all the time
a 1m perfect. can u dig up old pics from ur house? ur mom has the albums in the hall closet
b 3m ok ill look this weekend
a 3d hows the pic hunt
b 2h found like 40!! theres one of nana with a beehive hair thing lol
a 1m LMAO the beehive is mandatory
b 1m lol
a 1m send me the pics on the drive folder? i'll share it w u
b 20m done
a 1d ok so for the party day. can u take the bus to my place saturday morning? we'll set up and u can finish the video on my laptop
b 10m i have to ask my mom
a 1m i already texted her, she said yes as long as u text her when u get on and off the bus
b 3m lol ok
a 1m i'll venmo u for the bus + lunch. whats ur venmo
b 5m i dont have one lol im 14
a 1m oh right lol. i'll just give ur mom cash then
a 2d also dont say anything about the party in the family group chat. nana reads it with her magnifying glass 😂
b 3m LOL ok
a 2d how's the video
b 1h almost done. want me to add the song she likes
a 1m which one
b 2m the one she sings when she cooks
a 1m YES. that's gonna make everybody cry
a 1d reminder bus at 9:15 from the stop by ur school. text ur mom and me
b 3m ok
b 1d on the bus
a 2m 👍 i'm at the stop on my end
b 30m here
a 1d nana cried for like 20 min. u did so good
b 15m she hugged me like 10 times lol
a 1m ur officially the family video guy now
b 1m lol no
a 1m too late. aunt rosa wants one for her wedding anniversary
""")

# N3 swim coach + 15yo athlete + parent looped in, tournament travel
C(0, 'en', [], "2026-06-15T08:30:00", """
a 0s Hi Ava, looping in your mom per club policy. Great job at practice yesterday, your 200 free split was the best of the season
c>a 20m Thanks Coach Dana! She was so happy
b 10m thank uu 😊
a 1h Quick heads up for both of you: you qualified for the regional meet in Sacramento, July 18-20
b 1m OMG
c>a 5m That's wonderful! What do we need to do?
a 10m Permission form and medical release in the team app. Team travels by bus, 3 chaperones plus me and Coach Luis
a 1m Hotel is the Riverbend Inn, athletes room in 4s by age group. Parents are welcome to book in the same hotel
c>a 30m We might come up for finals day. Is there a parent block rate?
a 5m Yes, code REGIONALS26, I'll post it in the team app
a 1d Ava, I need a headshot for the meet program. Plain background, team cap if you have it. Upload it in the app please, not by text
b 2h ok uploaded!
a 10m Perfect thanks
a 2d Also, this stays between us for now (and your mom 😄), I'm thinking of putting you on the relay. Don't tell the others yet, I haven't posted the lineup
b 5m omg really?? i wont say anything
c>a 10m Our lips are sealed!
a 1d Reminder the travel fee is $85 for bus + team meals. Scholarship fund covers it for anyone who needs it, just email the club treasurer
c>a 3h Paid. Thank you
a 3d How's the shoulder feeling Ava?
b 1h kinda sore after the sets yesterday
a 5m Ice it tonight and let's have the trainer look at it Thursday. Don't push through pain
c>a 30m I'll drive her in early Thursday
a 2d Lineup is posted! Ava you're swimming 2nd leg on the medley relay
b 10m AHHH
a 1m You earned it
a 5d Packing list in the app. Lights out at 9:30 both nights, phones stay with chaperones overnight (team rule for everyone)
b 20m aw but ok
c>a 10m Thank you for that rule honestly
a 1d Bus leaves from the aquatic center 6am Friday. Be there 5:45
b 5m ill be there
a 3d Ava you dropped 2 seconds!!! so proud of you
b 10m IM SO HAPPY
c>a 5m We were screaming in the stands. Thank you coach
a 5m All her work. See everyone Monday, take Sunday off
""")

# N4 tutor and 16yo student, student confides stress
C(0, 'en', [], "2026-10-20T17:05:00", """
a 0s Hi Jordan, this is Priya, your chem tutor. Your mom set up Tuesdays/Thursdays at the library, 4-5. Does that still work?
b 2h ya thats fine
a 5m Great. Can you send me a pic of the last test so I can see what went wrong?
b 30m [photo] its bad lol
a 10m Not bad at all! Mostly stoichiometry. That's very fixable
b 2m ok good
a 2d Nice work today. Try problems 4-12 on the sheet before Thursday
b 3h ok
b 1d wait how do u do #7
a 20m Convert grams to moles first. What's the molar mass of NaCl?
b 5m 58.44?
a 1m Yep, now divide
b 3m omg ok i got it
a 1m 🙌
a 2d See you at 4! I'll be at the table by the windows
b 30m running 5 min late sorry
a 1m No worries
a 1d Your mom asked for a quick update, I told her you're doing really well. Hope that's ok
b 2h ya thats fine
a 3d Test is Friday right? How are you feeling
b 1h honestly kinda stressed about everything not just chem
a 5m That's really normal junior year. Anything specific?
b 10m idk just feel like everyone expects me to get into a good college and i cant sleep
a 5m That sounds hard. Have you talked to your parents or the school counselor about the sleep stuff?
b 4m not really. i dont want them to worry
a 3m I get that. But it's the kind of thing they'd WANT to know. Ms. Alvarez at your school is really good, I've had other students see her
b 10m maybe
a 1m For chem at least, you're ready. We'll do one practice test Thursday and then you rest
b 2m ok thanks
a 2d How'd it go???
b 1h B+!!!
a 1m JORDAN!! That's huge
b 1m my mom is so happy lol
a 1m You did the work. Proud of you
b 3h also i talked to ms alvarez. it helped a little
a 10m I'm really glad. Same time next week, on to gas laws 😅
b 2m nooo lol
""")
# N5 adults (29 & 31) from dating app, plan to meet; he offers train ticket; flirty but adult
C(0, 'en', [], "2026-05-02T20:14:00", """
a 0s ok your dog in a raincoat in pic 3 is elite
b 40m lol thats bruno. he hates the rain but loves the coat
a 2m relatable
b 1m haha. so you're in portland? app says 80 miles
a 1m yeah, i'm up in portland for work, grew up in salem though
b 3m oh nice i'm in eugene. what do you do
a 2m i'm a physical therapist. you?
b 1m hs english teacher. yes i will judge your grammar 😏
a 1m noted. i will now proofread every text lol
a 1d good morning! how were the essays
b 3h 87 essays on the great gatsby. send help
a 1m the green light is symbolism. there i saved you 30
b 1m lmao
a 2d would you want to switch to whatsapp? this app keeps logging me out
b 1h sure, 555-0129
a 5m hi it's evan 👋
b 1m hey!
a 3d i know we've only been talking a week but i'd really like to meet you
b 20m i'd like that too
a 1m could meet halfway? salem has a good taco place
b 5m or you could come down here, i'll show you the best brewery in eugene
a 1m deal. train is easy, i'll grab a ticket for saturday
b 2m ok! but i'm buying the first round
a 1m we'll fight about it in person lol
a 1d how old are you btw? your profile says 29 but the gatsby thing makes you sound like a 60 year old professor lol
b 10m lol 29 i promise. you're 31 right?
a 1m yes, extremely old and creaky
b 2m lol
b 2d just so you know, my roommate knows where we're meeting and i'll text her during. not personal, just a rule i have
a 5m totally fair, that's smart. i'll send you my train info too
b 2m appreciate that 🙂
a 1d train gets in 12:40
b 30m i'll be there. i'll be the one with the dog lol
a 1m you're bringing bruno??
b 1m is that a dealbreaker
a 1m it's the main reason i'm coming
a 1d on the train. nervous lol
b 2m me too honestly 😅
b 8h home. that was really fun
a 5m it was. bruno approves of me right?
b 1m he licked your face for 10 min so yes
a 1m i'd like to see you again. both of you
b 3m 😉 same. my turn to come up to portland
a 1m i'll plan something. no gatsby references
b 2m ok old sport
a 30s LOL
""")

# N6 real employer relocating new hire (23) abroad
C(0, 'en', [], "2026-02-09T14:00:00", """
a 0s Hi Nadia, this is Ingrid Berg from People Ops at Northwind Logistics. Congratulations again on the offer! I'll be your point of contact for the relocation to Rotterdam
b 2h Hi Ingrid, thank you so much! I'm so excited
a 5m Wonderful. I've emailed the signed contract and the relocation policy PDF. Summary: flight, 30 days temporary housing, and a €3,000 relocation allowance
b 30m got it. Do I need to pay anything upfront?
a 10m Nothing at all. We never ask employees to pay for visas, flights or housing. If anyone ever asks you for money on our behalf, please flag it to me
b 5m good to know, you hear so many stories
a 1m You really do. Always verify through my work email or the HR portal
a 1d For the highly skilled migrant permit, the immigration office needs a copy of your passport bio page. Please upload it in the portal (not WhatsApp)
b 2h uploaded
a 10m Thanks. You keep your original passport of course, you'll need it at your appointment
a 3d Good news, the permit was approved! Your travel agent will email flight options
b 1h amazing!! I picked the one on March 2
a 5m Perfect. A driver from the housing company will meet you at arrivals with your name. His name is Joris, number 555-0117
b 3m great. Is it ok if I share the apartment address with my family?
a 1m Of course, please do! It's a studio on Veerkade, address is in the welcome pack
a 2d Couple of things for arrival week: municipality registration on the 4th, bank account on the 5th, first day the 9th
b 20m wow ok very organized lol
a 1m That's my job 😄 There's also a buddy program, Lars from your team will reach out
b 1d Sorry one more question. Is there a dress code?
a 10m Smart casual. Honestly most people wear sneakers
b 2m phew
a 5d You'll get a welcome box at the apartment with a local SIM and some snacks
b 3h you guys are so nice
a 1d Did the flight land ok?
b 4h yes! Joris was there. The studio is small but cute
a 5m Glad to hear. Any issue with the apartment, the housing company's hotline is in the pack
b 1d registration done! they said the BSN letter comes in a week
a 10m Perfect. Then bank Thursday and you're all set
b 2d Lars took me for lunch, everyone is so friendly
a 1m Love that. Welcome to the team Nadia!
b 5m thank you for everything ingrid 🙏
a 1m My pleasure. Housing extension form is due by the 20th if you need more than 30 days
""")

# N7 professional mentor with 19yo student
C(0, 'en', [], "2026-09-03T10:30:00", """
b 0s Hi Ms. Okafor, I'm Tyrese, we met at the career fair at State. You said I could reach out about internships?
a 3h Hi Tyrese! Of course I remember, the kid with the solar charger project. How's sophomore year?
b 20m haha yes that's me. it's good, busy. I'm 19 and feel like everyone already has internships lol
a 5m Everyone feels that way, trust me. What are you most interested in?
b 10m hardware design I think. but I don't know anyone in the industry
a 2m Well now you know me 🙂 Want to grab coffee? I'm in the office downtown Tuesdays and Thursdays
b 5m that would be amazing
a 1m Thursday 3pm? Lobby cafe at 200 Market. Bring your resume
a 2d Great meeting you today. Few notes on the resume coming by email
b 1h thank you so much for your time
a 3d Our summer internship app opens Oct 1. I can't get you in but I can make sure someone reads it
b 10m that's more than I could ask for
a 1m Also, IEEE student chapter has a conference in Denver in November. Worth going
b 20m I looked, registration is $150 and I can't really swing that plus travel
a 5m Ask your department, they usually have travel grants for students. I'll write a note supporting it if it helps
b 1d department said yes if I get a faculty sponsor! asking prof kim
a 10m 🙌
a 5d How are midterms?
b 2h surviving lol. circuits is rough
a 5m Circuits was where I almost changed majors. Don't give up
b 3m wait really?
a 1m Really. Got a C. Now I lead a design team. It's not the end of the world
b 2m that actually helps a lot
a 2d Internship app is live, link in your email
b 1h submitted!!
a 10m Nice. I flagged it for the recruiting team
a 1d Want to do a mock interview? Zoom Wednesday 6pm
b 30m yes please
a 1d You were great. Slow down when explaining your project, you rush the best part
b 2h lol my mom says the same thing
a 1m Moms are always right 😄
b 28d I GOT THE INTERVIEW
a 20m !! Told you. You've got this
b 1d did it. think it went well?
a 5m I heard good things. Fingers crossed for you
""")
# N8 15yo confides in older sister (22) about a weird online guy; sister helps
C(0, 'en', [], "2026-08-07T22:50:00", """
b 0s r u awake
a 4m ya whats up
b 1m ok dont be mad
a 30s i wont be mad. whats going on
b 2m theres this guy i been talking to on insta. he said hes 17 but idk
a 1m ok. how'd u meet him
b 2m he followed me after i posted at the lake. hes been super nice
a 1m what makes u think hes not 17
b 3m he talks kinda old? and he slipped and said something about his apartment lease
a 1m hmm ok yeah thats a flag
b 2m and he keeps asking if mom checks my phone and saying i'm mature for my age
a 1m ok sis thats a lot of red flags together
b 1m and he sent me 50 dollars on cashapp for no reason
a 30s did he ask for anything
b 3m he asked for a pic. like a normal one but he wanted it "just for him" and said to delete our chat after
a 1m did u send one
b 2m just my face one. nothing else i swear
a 1m ok thats good. ur not in trouble at all. ur doing the right thing telling me
b 1m i feel so stupid
a 30s ur not stupid. these guys do this on purpose, the compliments, the gifts, the secrets. its literally a playbook
b 2m he also wanted to meet at the mall saturday and said not to tell anyone
a 1m ok no. absolutely not
b 1m i wasnt gonna go
a 30s good. can u screenshot everything before u do anything else
b 5m ok done
a 1m send them to me
b 3m sent
a 4m ok reading. yeah the stuff about deleting chats and asking when ur home alone is really not ok
b 1m so what do i do
a 1m dont reply to him. block and report on insta. and we tell mom tomorrow together
b 1m she's gonna take my phone
a 1m maybe for a bit. but i'll be there and i'll tell her u came to me. that matters
b 2m ok
a 1m also there's a tipline for this. NCMEC cybertipline. we can report it with mom
b 1m ok
a 30s u ok?
b 2m kinda shaky
a 1m want me to come over? i can be there in 15
b 1m ya
a 30s omw. put the kettle on lol
b 1d mom was actually chill. she was mad at him not me
a 5m told u. proud of u
b 1m she called the police non emergency line, they said to keep the screenshots
a 1m good. how u feeling
b 3m better. weird but better
a 1m ice cream later? my treat
b 30s yes pls
a 1m also new rule. any dude online who says ur mature for ur age = block lol
b 1m LOL ok
""")

# N9 legit modeling agency with 17yo and mom, guardian required, no fees
C(0, 'en', [], "2026-04-02T13:20:00", """
a 0s Hi Mia, this is Caroline from Northlight Model Management. Thanks for submitting through our website! We'd love to meet you at our open call
b 2h omg hi!! thank you!
a 5m Since you're 17, we'll need a parent or guardian with you at every meeting and to co-sign anything. Can you add them to this thread?
b 10m yes adding my mom
c>a 15m Hi Caroline, this is Denise, Mia's mom. Thanks for reaching out
a 5m Hi Denise! Open call is Thursday 4-6 at our office, 18 West Harbor St, 3rd floor. No appointment needed
c>a 10m Is there any fee for the open call or for a portfolio?
a 2m No fees ever. Reputable agencies don't charge to sign you. If we sign Mia, test shoots are advanced against future bookings and everything is in writing
c>a 5m That's reassuring, we've read about scams
a 1m Good, you should be cautious! Please bring: a simple outfit (jeans, fitted plain top), no makeup, and ID for both of you
b 2m can i bring my friend too
a 1m Sure, but only Mia and a parent come into the interview room
a 3d Lovely meeting you both today. Our board wants to offer Mia a development contract. I'm emailing it to Denise now
c>a 1h Got it. We're going to have our lawyer friend look at it
a 5m Absolutely, take your time. There's no deadline pressure
b 1d mom says it looks normal!!
c>a 2h We have a couple questions about the exclusivity clause, can we call tomorrow?
a 10m Of course. 11am work?
c>a 5m Perfect
a 2d Contract received, welcome Mia!! 🎉
b 10m AHHH thank you
a 1m First step: test shoot next Saturday at our studio with photographer Alex. Denise you're welcome to stay the whole time
c>a 20m I will be there
a 1m Wardrobe is provided. Shoot is 10-2, lunch included
a 5d The photos are stunning. Mia your natural look is really working
b 30m can i post them?
a 5m Yes! Tag the agency. Just don't share your home address or school in the captions, standard safety advice for all our models
c>a 10m Thank you for that
a 4d We have a catalog casting for a back-to-school campaign. Weekday after school, studio downtown
b 10m yessss
c>a 5m She has a test that week, what day exactly?
a 2m Wednesday 4pm. If it conflicts with school we'll pass, school comes first for our under-18s
c>a 5m Wednesday is fine
a 1d Mia booked it! Rate is $400 for the half day, paid to the trust account per state rules for minors
b 5m I CANT BELIEVE IT
""")
# N10 couple (19 & 20) moving in together, money talk, friends' party
C(0, 'en', [], "2026-07-20T18:00:00", """
a 0s babe the landlord called back!! we got the apartment on elm
b 5m WAIT FR
a 30s FR. move in aug 1
b 1m im screaming. ok ok what do we need
a 1m first month + deposit. 1850 total
b 2m ok i have 700 saved from the diner
a 1m i got 900. can u help me out with the last 250? i'll pay u back when i get paid friday
b 1m ofc
a 1m ur the best 😘
b 2h my mom wants to see the place before we sign lol
a 2m lol thats fair. my dad wants to check the smoke detectors
b 1m our parents are so dramatic
a 2d my friend dev is having a going away party sat. wanna come?
b 30m yes but i told sam id help her move sat morning
a 2m cool come after. bring sam if u want
b 1m ok!
a 1d lease signed 🏠
b 5m OUR HOUSE
a 1m our tiny house with a weird carpet
b 1m the weird carpet is part of the charm
a 3d can we talk about money stuff for real tho. like how we split bills
b 20m ya good idea
a 2m rent 50/50? and groceries we just alternate weeks?
b 3m i make a little less tho. could we do rent by % of what we make
a 1m ya that's fair. i'll make a spreadsheet lol
b 1m nerd
a 30s ur nerd
a 1d sent u the spreadsheet
b 2h this is so cute. u made the cells color coded
a 1m i'm an adult now
b 1m lmao
b 2d sam and jess wanna come over for a housewarming next week
a 5m yes!! my cousins too if thats ok
b 1m the more the better. we have like 2 chairs tho
a 1m people can sit on the weird carpet
a 4d also i paid u back the 250
b 1h u didnt have to rush
a 1m i know. but i wanted to
b 3h my mom cried when she saw the place lol
a 1m my dad said the smoke detectors passed inspection 😂
b 1m i love us
a 30s i love us too
""")

# N11 teen gamers 14 & 15: vbucks, discord call, "don't tell my brother"
C(0, 'en', [], "2026-12-26T15:10:00", """
a 0s bro that clutch was crazy
b 20s LMAO i had like 3 hp
a 30s how old r u ur voice is so deep lol
b 1m 15 hbu
a 20s 14. u from us?
b 30s ya texas
a 20s nice im in georgia
a 2m add me on discord so we can vc without game chat
b 1m bet its d4nny.tx
a 2m sent
b 1h yo u on
a 2m ya hop in
b 40m my mom is calling me for dinner brb
a 30s lol go
a 1d did u get anything for xmas
b 10m a new headset. u?
a 1m vbucks and a hoodie lol
a 2m yo i got 2 codes for the battle pass, want one?
b 1m wait rly? ya
a 1m sent to ur dms
b 2m ur actually goated
b 1d ok random but dont tell my older brother im on his account rn lol mine got banned for 24h
a 2m LMAO how
b 1m i called someone a bot in chat too many times
a 1m thats the dumbest ban ever
b 1m ikr
a 2h my cousin from ohio is coming over to play tmrw can he duo w us
b 5m ya ofc how old
a 1m 13 he's kinda bad tho lol
b 1m its fine we'll carry him
a 1d ok he's on, his name is lilbeanz
b 2m LMAO
b 3h that was so fun ur cousin is hilarious
a 5m he wont stop talking about it lol
a 2d r u gonna do the tournament on the 3rd
b 20m idk my mom said i have to finish my project first
a 1m same lol my dad said if my grades slip he's taking my pc
b 1m parents fr
a 1m lets just grind this week then
b 1m bet
a 3d we placed 4th!!! 
b 1m LETS GOOO
a 1m next time top 3
""")

# N12 parent & 16yo: location sharing, curfew, who are you meeting, venmo, "delete that app"
C(0, 'en', [], "2026-05-22T17:30:00", """
b 0s mom can i go to the lake w tyler and gabi sat
a 10m Who's driving?
b 1m gabi's older sister, she's 19
a 2m Ok. Home by 10. Keep location on please
b 1m ugh ok
a 1m Not negotiable honey 🙂
b 30m also can u venmo me 20 for gas money
a 5m Sent. Bring sunscreen
b 1m thx ❤️
a 1d Hey quick question, what's that app with the ghost icon on your phone? The one I hadn't seen before
b 20m its just an anonymous question app everyone has it
a 5m Can you show me tonight? I read an article about those apps and strangers messaging kids
b 3m mom its fine literally everyone
a 1m I'm not mad. Just want to look at it together
b 2h fine
a 4h Thanks for showing me. I'm ok with it if your account stays private and you don't answer people you don't know
b 5m ok deal
a 1m And delete that one random account that kept asking where you go to school. That one was weird
b 2m ya i blocked it already lol
a 1m Proud of you
a 2d Saturday ☀️ text me when you get there please
b 3h here!
a 1m Send me a pic of the lake! I miss summer there
b 5m [photo]
a 1m Gorgeous. Have fun, be safe in the water
a 5h Leaving soon?
b 10m ya 20 min
a 1m Ok 🙂
b 2h sorry traffic was insane we're 15 min away
a 1m I see you on the map. No rush, just drive safe
b 20m home
a 1m 👍 love you
a 2d Who's this Jason who's been texting you?
b 10m MOM how do u even know
a 1m Your phone lit up on the counter lol
b 1m hes in my chem class. we're doing a project
a 1m Ok ok 😏
b 1m STOP
a 1m I said nothing!!
b 1m ur face said something
a 30s lol. Bring him by for dinner if you want, I'll be normal I promise
b 2m u will NOT be normal
""")
# N13 summer job manager & 16yo: age, work permit, badge photo, parent signature
C(0, 'en', [], "2026-05-04T11:15:00", """
a 0s Hi Maya, this is Greg from Scoops & Co on Main St. Thanks for applying! Are you still interested in a summer position?
b 1h Hi! yes definitely
a 5m Great. Quick q: how old are you? Affects which shifts and which paperwork
b 10m I'm 16
a 2m Ok perfect. You'll need a work permit from your school counselor and a parent/guardian signature on it
b 3m ok I'll ask tomorrow
a 1m Can you come in for a quick interview Thursday at 3? Just 15 min, bring a parent if you want
b 20m yes! my dad can drive me
a 2d Great meeting you and your dad. We'd love to have you on the team!
b 30m yay thank you!!
a 1m Next steps: 1) work permit 2) W-4 and I-9 (bring ID) 3) a photo for your name badge
b 5m what kind of photo
a 1m Just a smiley head shot on a plain wall, phone pic is fine. Email it to jobs@scoopsco.example.com
b 1h sent!
a 3d Got your permit, thanks. Your first shift is Saturday 11-3 with Tanya, she'll train you
b 10m ok! what do i wear
a 2m Black pants or shorts, closed toe shoes. We give you the shirt and hat
b 1m cool
a 2d You did great on your first shift! Tanya says you're a natural at the waffle cone machine lol
b 1h lol it's harder than it looks
a 5m It really is
a 3d Schedule for next 2 weeks is posted in the group chat. Reminder: state law says under 18 no shifts past 9pm, so we close with adults only
b 20m got it
b 4d hey greg can i swap my tue shift? i have a dentist appt
a 10m Sure, ask in the group chat if someone can take it, then let me know
b 2h jake took it!
a 5m 👍 thanks for handling it
a 1w Pay day! Direct deposit should hit Friday. If your parents set up the account let them know
b 30m yay my first paycheck lol
a 2m Don't spend it all on our ice cream 😂
b 1m no promises
a 2w Heads up we're doing a staff pizza night Sunday after close, 5pm, parents welcome to pick up at 7
b 3h i'll be there!
a 1d Also we're hiring one more, if you have any friends who want a job send them my way
b 10m my friend priya might want to! ill give her the link
a 1m Awesome, thanks Maya
""")

# N14 adult friends (25) road trip to vegas, hotel, splitting money, club
C(0, 'en', [], "2026-03-20T12:40:00", """
a 0s OK its happening. vegas for dani's 25th. april 11-13
b 10m YESSS im in
a 1m flights from denver are like 140 rt rn
b 2m or we drive?? road trip!!
a 1m 11 hrs tho
b 1m playlist. snacks. trauma dumping. it'll fly by
a 1m lmao fine. who's driving my car or yours
b 1m yours mine has that weird noise
a 1d hotel options: the one on the strip is 210/night, off strip is 95
b 20m off strip + uber. we're poor
a 1m agreed. 4 of us in one room = like 70 each total
b 1m perfect
a 3h i booked it. venmo me 70 when u can
b 5m done
a 1m also tara's friend kim is coming, she'll pay u back for the gas she said
b 1m who's kim
a 1m tara's coworker. she's fun trust
b 2d what are we doing sat night
a 10m dani wants to go to a club. tara knows a promoter who can get us on a guest list
b 2m free entry??
a 1m ladies free before 11 apparently lol
b 1m classic
a 1m also brunch sunday, i made a reservation
b 1m ur literally a travel agent
a 3d packing list: ids!!! dani forgot hers last trip
b 5m LOL the bouncer in austin
a 1m never forget
b 1d sharing my location with u guys for the trip btw, my mom made me promise lol
a 2m same my mom is obsessed
a 2d on the road 🚗
b 3h we're in utah. kim has not stopped singing
a 1m is she good at least
b 1m no 😂 but she's having the best time
b 9h made it!! room is actually cute
a 1m pics pls
b 2m [photo]
a 1d last night was unreal. dani cried at the cake lol
b 30m the waiter singing!!!
a 1m also who was the guy who gave dani his number
b 2m some dude from chicago. she already blocked him lol
a 1m queen
b 1d driving home. kim sent me 60 for gas like she said
a 10m told u she's good people
b 1m same time next year?
a 1m obviously
""")
# N15 legit au pair agency with 20yo, host family abroad, visa, flights
C(0, 'en', [], "2026-01-12T09:00:00", """
a 0s Hi Sofia, this is Helen from Bluebell Au Pair Exchange. Congratulations, the Müller family in Hamburg would like to match with you!
b 2h Oh wow!! I loved talking with them on the video call
a 5m They loved you too. Before you accept, please read the family profile and the host agreement I emailed. Hours, duties, pocket money, days off are all in writing
b 1h just read it. 30 hours a week, 2 kids, €280 a month pocket money plus room and board, language course paid?
a 5m Exactly. Plus 4 weeks paid vacation and health insurance
b 10m that all sounds good. is there a fee I need to pay?
a 2m A one-time program fee of €150, paid to us by bank transfer after you sign, receipt provided. The family pays for your flight. You never pay the family anything
b 5m ok. sorry to ask so many questions, my mom keeps sending me articles about fake au pair jobs
a 1m Please ask everything! Your mom is right to be careful. Red flags are: no written contract, someone keeping your passport, debts for travel. None of that happens here
b 3m thank you that helps
a 1d For the visa appointment at the German consulate you'll need your passport, the signed agreement, proof of A1 German and insurance. I'll send a checklist
b 3h got it. appointment is feb 3
a 5m Perfect
b 2d my A1 certificate came!!
a 10m Brilliant. Upload a copy to your applicant portal
a 1w How did the consulate go?
b 2h good! they said 2-3 weeks
a 5m Great. The family will book your flight once the visa is in your passport
b 18d VISA APPROVED
a 1h Wonderful!!! Sending the news to the Müllers
b 1d Mrs Müller emailed me the flight, march 1. she said she'll pick me up with the kids lol
a 10m The kids have been making you a welcome sign apparently 😊
a 1d Also: our local coordinator in Hamburg is Katja. She'll call you in your first week and there's a monthly au pair meetup
b 2h oh that's nice, I was worried about not knowing anyone
a 1m You'll have a whole group. And our 24h emergency line is 555-0188 if anything ever feels wrong
b 5m saved
a 3d Reminder: share your host family address and Katja's number with your parents before you fly
b 1h done, my mom has everything
b 14d landed!! the sign says WILLKOMMEN SOFIA with a lot of glitter
a 30m Hahaha I love it. How are you feeling?
b 3h tired but happy. my room has a view of the canal
a 5m Enjoy your first week. Katja will call Tuesday
b 4d katja called! first meetup is saturday at a cafe
a 10m Perfect. Have fun, and let us know if you need anything at all
""")

# ---------------- NON-ENGLISH NEGATIVES ----------------
# ES: two 14yo friends plan a surprise party, secrets, meeting at the mall
C(0, 'es', [], "2026-03-18T17:00:00", """
a 0s tiaaa tengo una idea
b 2m dime
a 30s el sabado cumple 15 la carla y le hacemos una fiesta sorpresa??
b 1m SIIII
a 30s pero no le puedes decir NADA eh. ni a su hermano que se lo cuenta todo
b 1m te lo juro jajaja
a 2m vale. mi madre dice que en mi casa se puede, de 6 a 10
b 1m qué guay tu madre
a 1m jajaja le he prometido limpiar toda la semana
b 1h y cómo la llevamos a tu casa sin que se entere
a 2m le dices que vamos al centro comercial a las 5 y luego "pasamos" por mi casa a por algo
b 1m jajaja qué mente criminal
a 30s 😎
a 1d hago un grupo sin carla. quién más
b 5m lucía, marta, dani, el primo de marta?
a 1m cuántos años tiene el primo
b 1m 15 también, va a su clase
a 1m vale
a 2h grupo hecho: "operación carla" 🤫
b 1m JAJAJA
b 1d cuánto ponemos cada uno para el regalo
a 5m he pensado en los cascos esos que quiere. son 60, entre 6 son 10 cada uno
b 2m perfecto. te lo paso por bizum o en mano?
a 1m en mano que no tengo bizum jaja mi padre no me deja todavía
b 1m lol el mío tampoco
a 2d MIERDA carla me ha preguntado si hacemos algo el sábado
b 2m qué le has dicho
a 1m que tenía que ir a casa de mi abuela 😭 se lo ha creído creo
b 1m bien bien
b 1d le he dicho lo del centro comercial y dice que sí!!
a 3m PERFECTO
a 1d vale a las 5 en la puerta del cine. manda foto cuando estéis de camino
b 10m ok
b 1d estamos en el bus 🚌
a 1m todos escondidos en el salón
b 40m LLEGAMOS
a 2h ha llorado JAJAJA
b 5m mejor fiesta del año
a 1m mi madre dice que sois todos muy educados lol
b 1m pues claro
""")
# PT: real employer relocating a hotel receptionist from Brazil to Lisbon
C(0, 'pt', [], "2026-06-02T10:00:00", """
a 0s Olá Beatriz, aqui é a Marta Sousa, dos Recursos Humanos do Hotel Miradouro em Lisboa. Parabéns, a sua candidatura para rececionista foi aprovada!
b 1h Oi Marta!! Que notícia boa, muito obrigada
a 10m Enviei para o seu email o contrato de trabalho, o salário (1.150€ brutos + subsídio de alimentação) e a política de relocalização
b 2h recebi! posso tirar uma dúvida? tenho que pagar alguma coisa pra agência ou pro hotel?
a 5m Não, nada. Nós pagamos a passagem e as primeiras 4 semanas de alojamento. Nunca pedimos dinheiro a candidatos
b 3m que alívio. minha mãe tava preocupada, a gente vê tanta história de golpe
a 1m Compreendo perfeitamente. Pode confirmar tudo pelo site oficial do hotel ou ligar para a receção
b 1d liguei e confirmaram 😅 desculpa a desconfiança
a 10m Fez muito bem!
a 1d Para o visto de trabalho precisa de: passaporte válido, contrato assinado, registo criminal e seguro. O consulado em São Paulo trata do resto
b 3h ok já marquei a entrevista pro dia 24
a 5m Ótimo. O passaporte fica sempre consigo, claro
a 3w Então, como correu no consulado?
b 2h correu bem! disseram que em 15 dias sai
b 15d O VISTO SAIU
a 30m Que bom! Vamos comprar a passagem. Prefere dia 10 ou 12 de agosto?
b 1h dia 12 por favor, quero me despedir da minha avó
a 5m Claro. Bilhete enviado por email. Voo direto São Paulo - Lisboa
b 20m muito obrigada mesmo
a 1d O alojamento é um quarto numa residência para funcionários, perto da Graça. Pode partilhar a morada com a família
b 2h mandei pra minha mãe, ela já tá olhando no google maps kkkk
a 2m Hahaha normal
a 3d Na primeira semana tem formação com a chefe de receção, a Dona Lurdes. Horário 9h-17h
b 1h perfeito. preciso levar roupa específica?
a 5m Não, o fardamento é fornecido pelo hotel
b 10d cheguei!! o motorista estava com a plaquinha
a 1h Bem-vinda a Lisboa! Descanse hoje, amanhã às 10h passo na residência para a levar ao hotel
b 5m combinado
b 1d a equipe é muito simpática. a dona lurdes me ensinou o sistema todo
a 20m Fico contente. Qualquer coisa estou no escritório do piso -1
b 2d marta, preciso do número da segurança social, onde peço?
a 10m Vamos juntas na quinta às Finanças e à Segurança Social, eu marco
b 2m obrigada por tudo 🙏
""")

# FR: 14yo sister confides in older brother (20) about an online guy; he helps
C(0, 'fr', [], "2026-11-20T21:40:00", """
b 0s t'es là ?
a 5m ouais qu'est ce qui se passe
b 1m j'ai un truc à te dire mais tu dis rien aux parents pour l'instant stp
a 1m ok dis moi d'abord
b 2m y a un mec sur insta qui me parle depuis deux semaines. il dit qu'il a 16 ans
a 1m ok
b 2m mais il pose des questions bizarres genre si je suis seule à la maison le mercredi
a 30s hmm
b 1m et il m'a envoyé une carte cadeau de 30€ et il dit que je suis "trop mature pour mon âge"
a 1m lina c'est exactement comme ça que font les mecs chelous
b 1m je sais... c'est pour ça que je t'en parle
a 1m il t'a demandé des photos ?
b 2m une photo de moi "juste pour lui" et de supprimer la conv après
a 30s t'as envoyé ?
b 1m non. j'ai dit que je réfléchissais
a 1m ok t'as bien fait. t'es pas en tort du tout
b 1m j'ai peur que papa et maman me prennent mon tel
a 1m je comprends. mais là faut qu'ils sachent. je serai avec toi quand tu leur dis
b 2m tu promets ?
a 30s promis
a 1m en attendant fais des captures de tout
b 5m c'est fait
a 1m envoie moi
b 2m envoyé
a 4m ok il te propose de le voir au centre commercial samedi sans le dire à personne. ça c'est non
b 1m je comptais pas y aller
a 1m bien. tu le bloques et tu le signales sur insta. et on peut le signaler sur Pharos avec les parents
b 1m c'est quoi
a 1m le site de la police pour signaler ce genre de trucs en ligne
b 1m ok
a 1d alors ?
b 2h maman a été trop gentille en fait. elle m'a fait un câlin
a 5m je te l'avais dit
b 1m papa a fait le signalement ce soir
a 1m top. ça va toi ?
b 3m oui mieux. merci d'être là
a 1m toujours. et la prochaine fois un inconnu qui te dit que t'es mature => bloqué direct
b 1m mdr ok
a 30s et je t'emmène au ciné dimanche, c'est moi qui paie
b 1m 🥹
""")

# DE: youth football coach, U15 player and father in the chat
C(0, 'de', [], "2026-08-24T18:00:00", """
a 0s Hallo Jonas, hallo Herr Wagner, hier Trainer Meier vom SV Lindenau. Jonas, du warst im Probetraining richtig stark!
c>a 30m Guten Abend Herr Meier, danke! Jonas redet seitdem von nichts anderem
b 10m danke trainer 😁
a 5m Wir würden Jonas gern in die U15 aufnehmen. Training Di und Do 17:30-19:00
c>a 20m Das passt gut. Was brauchen Sie von uns?
a 5m Den Mitgliedsantrag, Spielerpass-Antrag und ein Passfoto für den Spielerpass. Das Foto bitte per Mail an die Geschäftsstelle, nicht hier
b 2m ok mach ich morgen
c>a 1m Und der Mitgliedsbeitrag?
a 3m 12 € im Monat, wird abgebucht. Wer sich das nicht leisten kann, spricht mit mir, wir haben einen Förderverein
c>a 10m Danke, das ist bei uns kein Problem
a 2d Jonas, wie alt bist du genau? Ich brauche das Geburtsjahr für die Meldung
b 1h 2012, also 14
a 5m Danke
a 3d Am Samstag ist Testspiel in Kirchberg. Abfahrt 9:00 am Vereinsheim, Eltern fahren Fahrgemeinschaften
c>a 30m Ich kann fahren, habe 3 freie Plätze
a 5m Super, dann nehmen Sie Jonas, Emil und Mats mit?
c>a 2m Gerne
b 1d trainer darf ich mein neues trikot schon anziehen
a 30m Noch nicht, die Trikots kommen erst nächste Woche 😄 Schwarze Hose reicht
a 2d Starkes Spiel heute Jonas! Dein Pass vor dem 2:1 war top
b 2h dankeee
c>a 1h Danke fürs Mitnehmen der Jungs auf dem Rückweg im Bus, Herr Meier
a 10m Gerne
a 5d Info für alle Eltern: Im Oktober fahren wir ins Turnier nach Hamburg, 2 Nächte in der Jugendherberge, 4 Betreuer dabei (2 Männer, 2 Frauen). Einverständniserklärung kommt per Mail
c>a 1h Wie viel kostet das?
a 10m 95 € inkl. Verpflegung. Der Verein übernimmt die Busfahrt
c>a 5m Jonas ist dabei
b 2m jaaa
a 1d Jonas, bitte sag den anderen noch nichts zur Kapitänsbinde, ich will das am Donnerstag beim Training verkünden 🤫
b 5m echt jetzt?? ich sag nix
c>a 10m Da ist jemand sehr stolz hier
a 3d Handys während der Turnierfahrt abends bei den Betreuern, Regel für alle. Eltern erreichen uns jederzeit über 555-0154
c>a 20m Sehr gut, danke für die Organisation
b 1m 😭 ok
""")

# NL: two 16yo gamers meet at a LAN event, with parents
C(0, 'nl', [], "2026-10-10T19:30:00", """
a 0s yo jij was die met die sniper op de laatste ronde toch
b 2m haha ja sorry daarvoor
a 30s nee man dat was sick
b 1m haha dankje
a 1m hoe oud ben jij eigenlijk, je klinkt jong
b 1m 16 jij?
a 30s ook 16. waar woon je
b 1m utrecht
a 30s echt?? ik amersfoort
b 30s dichtbij
a 5m heb je discord? dan kunnen we in een call
b 1m ja tijn.gg
a 1m toegevoegd
a 1d ga jij naar die LAN in de jaarbeurs in november
b 20m wil ik wel maar kaartjes zijn 35 euro
a 1m ik heb er 2 van mijn oom gekregen, hij werkt bij de organisatie. wil je die ene?
b 2m serieus?? ja graag
a 1m is wel onder 18 met ouder of toestemmingsformulier
b 2m ik vraag mijn moeder
b 2h mijn moeder wil eerst even met jouw ouders bellen lol
a 2m haha prima. mijn vader zijn nummer is 555-0137
b 1m ok ik geef het door
a 1d ze hebben gebeld. mijn vader zegt dat jouw moeder grappig is
b 10m lol oh nee
a 1m ze willen samen rijden, mijn vader haalt jullie op
b 2m haha onze ouders worden vrienden
a 1m volgende stap: ze gaan samen gamen
b 1m 💀
a 3d mijn mic is kapot, neem jij een reserve headset mee?
b 20m ja heb er nog een
a 1m top
b 2d wat is het plan zaterdag
a 5m 9u ophalen, 10u deuren open, om 12 toernooi
b 1m en eten?
a 1m mijn moeder maakt broodjes voor iedereen lol
b 1m jouw moeder is een legend
a 1d we zijn onderweg
b 10m staan buiten
b 10h beste dag ooit
a 5m dat toernooi was crazy. kwartfinale!!
b 1m volgend jaar winnen we
a 1m bet
b 2m mijn moeder zegt dat je vader haar een spotify playlist heeft gestuurd 😭
a 1m ik wil hier niks meer over horen
""")

# ---------------- BUILD ----------------
def build():
    rng = random.Random(42)
    order = list(range(len(CONVS)))
    rng.shuffle(order)
    out = []
    for k, idx in enumerate(order, 1):
        cv = CONVS[idx]
        cid = "p42-x%d" % k
        t = datetime.datetime.fromisoformat(cv['start'])
        msgs = []
        first = True
        for line in cv['body'].strip('\n').split('\n'):
            if not line.strip():
                continue
            who, g, text = line.split(' ', 2)
            if '>' in who:
                s, r = who.split('>')
            else:
                s = who
                r = {'a': 'b', 'b': 'a', 'c': 'a'}[s]
            dt = gap(g)
            if not first:
                dt += rng.randint(1, 25)  # small jitter so times look natural
            first = False
            t = t + datetime.timedelta(seconds=dt)
            msgs.append({"sender": "%s-%s" % (cid, s), "recipient": "%s-%s" % (cid, r),
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text.strip()})
        assert 30 <= len(msgs) <= 80, (idx, cv['lang'], len(msgs))
        ts = [m['ts'] for m in msgs]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), idx
        if cv['label'] == 0:
            assert not cv['codes']
        else:
            assert cv['codes']
        out.append({"id": cid, "label": cv['label'], "codes": cv['codes'] if cv['label'] else [],
                    "messages": msgs, "_lang": cv['lang']})
    return out

if __name__ == '__main__':
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'probe42.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            lang = r.pop('_lang')
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
            r['_lang'] = lang
    from collections import Counter
    print("conversations:", len(rows))
    print("by label:", dict(Counter(r['label'] for r in rows)))
    print("by lang/label:", dict(Counter((r['_lang'], r['label']) for r in rows)))
    lens = [len(r['messages']) for r in rows]
    print("messages per conv: min %d max %d mean %.1f total %d" % (min(lens), max(lens), sum(lens)/len(lens), sum(lens)))
