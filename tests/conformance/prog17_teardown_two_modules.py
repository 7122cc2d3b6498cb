import mod_prog17_beta
import mod_prog17_alpha
main_obj = mod_prog17_alpha.D("main.main_obj")
print("end")
